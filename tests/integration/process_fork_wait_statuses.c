// fork(2) and the wait family: a child's exit code, death by signal, stop and continue come back
// through wait4/waitpid/waitid as the W* macros and siginfo_t fields read them; WNOHANG does not
// block; ECHILD when no child is left; vfork's child shares the parent's memory until it exits.
// qemu-user-skip: riscv64 (qemu 7.2 reads riscv64's struct sigaction with a restorer field the kernel does not have)
#include <vrt/resource.h>
#include <vrt/signal.h>
#include <vrt/wait.h>

#include "self_check.h"

static pid_t start_child_that_exits(int code) {
    pid_t pid = fork();
    if (pid == 0) _exit(code);
    return pid;
}

static void exit_codes(void) {
    int status = -1;
    pid_t pid = start_child_that_exits(42);
    check(pid > 0, "fork returns the child's pid in the parent");
    check_equal(waitpid(pid, &status, 0), pid, "waitpid returns the child's pid");
    check(WIFEXITED(status) && !WIFSIGNALED(status) && !WIFSTOPPED(status), "WIFEXITED after _exit");
    check_equal(WEXITSTATUS(status), 42, "WEXITSTATUS is the code passed to _exit");

    // 8 MiB written page by page, so that the child's peak RSS is at least that: the kernel's
    // RSS counters are per-CPU and read approximately, off by a few hundred KiB at most.
    static char touched[8 << 20];
    pid = fork();
    if (pid == 0) {
        for (size_t i = 0; i < sizeof touched; i += 4096) ((volatile char *)touched)[i] = 1;
        _exit(0);
    }
    struct rusage usage;
    memset(&usage, 0xff, sizeof usage);
    check_equal(wait4(pid, &status, 0, &usage), pid, "wait4 returns the child's pid");
    check_equal(status, 0, "exit code 0 is status 0");
    check(usage.ru_utime.tv_sec == 0 && usage.ru_utime.tv_usec >= 0 && usage.ru_utime.tv_usec < 1000000,
          "wait4 fills ru_utime with a plausible timeval");
    if (usage.ru_maxrss < 6 * 1024 || usage.ru_maxrss > 1024 * 1024) {
        char kib[24];
        out("ru_maxrss: ");
        out(decimal(usage.ru_maxrss, kib));
        out(" KiB\n");
    }
    check(usage.ru_maxrss >= 6 * 1024 && usage.ru_maxrss < 1024 * 1024, "wait4's ru_maxrss (KiB) counts the child's 8 MiB");

    pid = start_child_that_exits(255);
    check_equal(wait(&status), pid, "wait takes any child");
    check_equal(WEXITSTATUS(status), 255, "exit code 255 survives");
}

static void deaths_by_signal(void) {
    int status;
    pid_t pid = fork();
    if (pid == 0) {
        raise(SIGUSR1);
        _exit(1);
    }
    check_equal(waitpid(pid, &status, 0), pid, "waitpid of a child killed by a signal");
    check(WIFSIGNALED(status) && !WIFEXITED(status), "WIFSIGNALED after death by SIGUSR1");
    check_equal(WTERMSIG(status), SIGUSR1, "WTERMSIG is SIGUSR1");
    check(!WCOREDUMP(status), "no core dump for SIGUSR1");

    pid = fork();
    if (pid == 0) {
        sigset_t none;
        sigemptyset(&none);
        for (;;) sigsuspend(&none);
    }
    check_equal(kill(pid, SIGKILL), 0, "kill the child with SIGKILL");
    check_equal(waitpid(pid, &status, 0), pid, "waitpid of a child killed from outside");
    check_equal(WTERMSIG(status), SIGKILL, "WTERMSIG is SIGKILL");
}

static void ignore(int sig) { (void)sig; }

static void stop_and_continue(void) {
    int status;
    pid_t pid = fork();
    if (pid == 0) {
        // Stops, and once continued waits for SIGUSR1 before it exits: the parent must see
        // the continue before the exit.
        sigset_t usr1, none;
        sigemptyset(&usr1);
        sigaddset(&usr1, SIGUSR1);
        sigemptyset(&none);
        sigprocmask(SIG_BLOCK, &usr1, 0);
        signal(SIGUSR1, ignore);
        raise(SIGSTOP);
        sigsuspend(&none);
        _exit(7);
    }
    check_equal(waitpid(pid, &status, WUNTRACED), pid, "waitpid with WUNTRACED sees the stop");
    check(WIFSTOPPED(status) && !WIFEXITED(status) && !WIFSIGNALED(status), "WIFSTOPPED");
    check_equal(WSTOPSIG(status), SIGSTOP, "WSTOPSIG is SIGSTOP");
    check_equal(waitpid(pid, &status, WNOHANG), 0, "WNOHANG returns 0 while the child stays stopped");
    check_equal(kill(pid, SIGCONT), 0, "continue the child");
    check_equal(waitpid(pid, &status, WCONTINUED), pid, "waitpid with WCONTINUED sees it go on");
    check(WIFCONTINUED(status), "WIFCONTINUED");
    kill(pid, SIGUSR1);

    siginfo_t info;
    memset(&info, 0, sizeof info);
    check_equal(waitid(P_PID, pid, &info, WEXITED), 0, "waitid(P_PID, WEXITED) succeeds");
    check_equal(info.si_signo, SIGCHLD, "waitid: si_signo is SIGCHLD");
    check_equal(info.si_code, CLD_EXITED, "waitid: si_code is CLD_EXITED");
    check_equal(info.si_pid, pid, "waitid: si_pid is the child");
    check_equal(info.si_status, 7, "waitid: si_status is the exit code");
}

static volatile int shared_with_vfork_child;

static void vfork_shares_memory(void) {
    shared_with_vfork_child = 1;
    pid_t pid = vfork();
    if (pid == 0) {
        shared_with_vfork_child = 2;  // the parent's memory: vfork does not copy it
        _exit(9);
    }
    check(pid > 0, "vfork returns the child's pid in the parent");
    if (under_qemu_user())
        skip("vfork shares memory: qemu-user turns vfork into fork");
    else
        check_equal(shared_with_vfork_child, 2, "the vfork child wrote the parent's memory");
    int status;
    check_equal(waitpid(pid, &status, 0), pid, "waitpid of the vfork child");
    check_equal(WEXITSTATUS(status), 9, "the vfork child's exit code");
}

int main(void) {
    exit_codes();
    deaths_by_signal();
    stop_and_continue();
    vfork_shares_memory();
    check_fails_with(waitpid(-1, 0, WNOHANG), ECHILD, "waitpid with no child left fails with ECHILD");
    return check_result();
}

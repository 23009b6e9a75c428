// Sessions and process groups (setsid, getsid, setpgid, getpgid, getpgrp), and a controlling
// terminal: a new session takes a pseudo-terminal with ioctl(TIOCSCTTY), owns its foreground
// group (tcgetpgrp, tcsetpgrp), and gives it up with ioctl(TIOCNOTTY).
// qemu-user-skip: riscv64 (qemu 7.2 reads riscv64's struct sigaction with a restorer field the kernel does not have)
#include <vrt/fcntl.h>
#include <vrt/ioctl.h>
#include <vrt/signal.h>
#include <vrt/stdio.h>
#include <vrt/wait.h>

#include "self_check.h"

static int run_in_child(int (*body)(void)) {
    pid_t pid = fork();
    if (pid == 0) _exit(body());
    int status = -1;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 200 + WTERMSIG(status);
}

static int new_session(void) {
    pid_t me = getpid();
    check_equal(setsid(), me, "setsid returns the new session's id, our pid");
    check_equal(getsid(0), me, "getsid(0) is our pid");
    check_equal(getpgid(0), me, "a session leader leads its process group");
    check_equal(getpgrp(), me, "getpgrp agrees");
    check_fails_with(setsid(), EPERM, "setsid by a group leader fails with EPERM");
    return check_result();
}

static int new_group(void) {
    pid_t me = getpid();
    check(getpgid(0) != me, "a forked child starts in its parent's group");
    check_equal(setpgid(0, 0), 0, "setpgid(0, 0)");
    check_equal(getpgid(0), me, "the child now leads a group of its own");
    check_equal(getsid(0), getsid(getppid()), "it stays in its parent's session");
    return check_result();
}

static char terminal[64];

static int with_terminal(void) {
    int fd = open(terminal, O_RDWR | O_NOCTTY);
    check(fd >= 0, "open the pseudo-terminal");
    setsid();
    check_fails_with(tcgetpgrp(fd), ENOTTY, "tcgetpgrp of a terminal that is not ours fails with ENOTTY");
    check_equal(ioctl(fd, TIOCSCTTY, 0), 0, "ioctl(TIOCSCTTY) makes it our controlling terminal");
    check_equal(tcgetpgrp(fd), getpid(), "our group is its foreground group");
    check_equal(tcsetpgrp(fd, getpid()), 0, "tcsetpgrp to our own group");
    check_fails_with(tcsetpgrp(fd, getpgid(getppid())), EPERM, "tcsetpgrp to a group of another session fails with EPERM");
    check_fails_with(tcsetpgrp(fd, 0x7ffffff0), ESRCH, "tcsetpgrp to a missing group fails with ESRCH");
    // A session leader giving up its terminal sends SIGHUP to the foreground group: ours.
    signal(SIGHUP, SIG_IGN);
    check_equal(ioctl(fd, TIOCNOTTY, 0), 0, "ioctl(TIOCNOTTY) gives it up");
    check_fails_with(tcgetpgrp(fd), ENOTTY, "after TIOCNOTTY it is no longer ours");
    close(fd);
    return check_result();
}

int main(void) {
    check_equal(run_in_child(new_session), 0, "the session checks passed in a child");
    check_equal(run_in_child(new_group), 0, "the group checks passed in a child");
    check_fails_with(getpgid(0x7ffffff0), ESRCH, "getpgid of a missing process fails with ESRCH");
    int fds[2];
    pipe(fds);
    check_fails_with(tcsetpgrp(fds[0], getpgrp()), ENOTTY, "tcsetpgrp on a pipe fails with ENOTTY");

    int master = open("/dev/ptmx", O_RDWR | O_NOCTTY);
    if (master < 0) {
        skip("controlling terminals: no /dev/ptmx");
        return check_result();
    }
    int unlock = 0;
    unsigned number = 0;
    check_equal(ioctl(master, TIOCSPTLCK, &unlock), 0, "unlock the pseudo-terminal (TIOCSPTLCK)");
    check_equal(ioctl(master, TIOCGPTN, &number), 0, "its number (TIOCGPTN)");
    snprintf(terminal, sizeof terminal, "/dev/pts/%u", number);
    check_equal(run_in_child(with_terminal), 0, "the terminal checks passed in a new session");
    close(master);
    return check_result();
}

// Blocked signals: sigprocmask's three operations, sigpending, taking a signal synchronously
// with sigwaitinfo, sigtimedwait (and its timeout), sigwait and signalfd, sigsuspend waking for a
// handler; and the sigset helpers, including their range checks.
// qemu-user-skip: riscv64 (qemu 7.2 reads riscv64's struct sigaction with a restorer field the kernel does not have)
#include <linux/signalfd.h>
#include <vrt/signal.h>
#include <vrt/signalfd.h>
#include <vrt/time.h>

#include "self_check.h"

static volatile sig_atomic_t handled;
static void count(int sig) { handled = sig; }

static long long monotonic_ms(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

static void set_helpers(void) {
    sigset_t set;
    check_equal(sigemptyset(&set), 0, "sigemptyset");
    check_equal(sigismember(&set, SIGTERM), 0, "an empty set lacks SIGTERM");
    check_equal(sigaddset(&set, SIGTERM), 0, "sigaddset");
    check_equal(sigismember(&set, SIGTERM), 1, "the set has SIGTERM");
    check_equal(sigaddset(&set, 64), 0, "sigaddset of the highest signal, 64");
    check_equal(sigismember(&set, 63), 0, "64 is not 63");
    check_equal(sigdelset(&set, SIGTERM), 0, "sigdelset");
    check_equal(sigismember(&set, SIGTERM), 0, "SIGTERM is gone");
    check_equal(sigfillset(&set), 0, "sigfillset");
    check_equal(sigismember(&set, 1) + sigismember(&set, 32) + sigismember(&set, 64), 3, "a full set has 1, 32 and 64");
    check_fails_with(sigaddset(&set, 0), EINVAL, "sigaddset(0) fails with EINVAL");
    check_fails_with(sigaddset(&set, _NSIG), EINVAL, "sigaddset(_NSIG) (65; 128 on MIPS) fails with EINVAL");
    check_fails_with(sigismember(&set, -1), EINVAL, "sigismember(-1) fails with EINVAL");
    check_equal((long)sizeof(sigset_t), 128, "sigset_t is 128 bytes, as in glibc and musl");
}

static void masks(void) {
    sigset_t usr1, old, now;
    sigemptyset(&usr1);
    sigaddset(&usr1, SIGUSR1);
    check_equal(sigprocmask(SIG_BLOCK, &usr1, &old), 0, "SIG_BLOCK SIGUSR1");
    check_equal(sigismember(&old, SIGUSR1), 0, "SIGUSR1 was not blocked before");
    sigprocmask(SIG_BLOCK, 0, &now);
    check_equal(sigismember(&now, SIGUSR1), 1, "SIGUSR1 is blocked now");

    signal(SIGUSR1, count);
    raise(SIGUSR1);
    check_equal(handled, 0, "a blocked signal is not delivered");
    sigset_t pending;
    check_equal(sigpending(&pending), 0, "sigpending");
    check_equal(sigismember(&pending, SIGUSR1), 1, "the blocked SIGUSR1 is pending");
    check_equal(sigprocmask(SIG_UNBLOCK, &usr1, 0), 0, "SIG_UNBLOCK SIGUSR1");
    check_equal(handled, SIGUSR1, "unblocking delivers the pending signal");
    sigpending(&pending);
    check_equal(sigismember(&pending, SIGUSR1), 0, "and it is no longer pending");

    check_equal(sigprocmask(SIG_SETMASK, &usr1, 0), 0, "SIG_SETMASK");
    sigprocmask(SIG_BLOCK, 0, &now);
    check_equal(sigismember(&now, SIGUSR1), 1, "SIG_SETMASK installed the set");
    check_fails_with(sigprocmask(99, &usr1, 0), EINVAL, "sigprocmask with a bad operation fails with EINVAL");

    // sigsuspend: replace the mask with one that lets SIGUSR1 in, and wait for it.
    handled = 0;
    raise(SIGUSR1);
    sigset_t empty;
    sigemptyset(&empty);
    check_fails_with(sigsuspend(&empty), EINTR, "sigsuspend returns -1 EINTR after a handler ran");
    check_equal(handled, SIGUSR1, "sigsuspend let the pending SIGUSR1 in");
    sigprocmask(SIG_BLOCK, 0, &now);
    check_equal(sigismember(&now, SIGUSR1), 1, "sigsuspend restored the mask");
    signal(SIGUSR1, SIG_DFL);
    sigprocmask(SIG_SETMASK, &old, 0);
}

static void synchronous_waits(void) {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGUSR2);
    sigaddset(&set, SIGRTMIN + 3);
    sigprocmask(SIG_BLOCK, &set, 0);

    siginfo_t info;
    memset(&info, 0, sizeof info);
    kill(getpid(), SIGUSR2);
    check_equal(sigwaitinfo(&set, &info), SIGUSR2, "sigwaitinfo takes the pending SIGUSR2");
    check_equal(info.si_signo, SIGUSR2, "sigwaitinfo fills si_signo");
    check_equal(info.si_code, SI_USER, "si_code SI_USER for kill");
    check_equal(info.si_pid, getpid(), "si_pid is the sender");

    raise(SIGRTMIN + 3);
    int sig = 0;
    check_equal(sigwait(&set, &sig), 0, "sigwait returns 0");
    check_equal(sig, SIGRTMIN + 3, "sigwait gives a real-time signal");

    struct timespec timeout = {0};
    timeout.tv_nsec = 200000000;
    long long start = monotonic_ms();
    check_fails_with(sigtimedwait(&set, &info, &timeout), EAGAIN, "sigtimedwait with nothing pending times out with EAGAIN");
    long long waited = monotonic_ms() - start;
    check(waited >= 190 && waited < 5000, "sigtimedwait waited its 200 ms");

    raise(SIGUSR2);
    timeout.tv_sec = 5;
    check_equal(sigtimedwait(&set, 0, &timeout), SIGUSR2, "sigtimedwait returns a pending signal at once; info may be null");

    int fd = signalfd(-1, &set, SFD_CLOEXEC | SFD_NONBLOCK);
    check(fd >= 0, "signalfd creates a descriptor");
    struct signalfd_siginfo record;
    check_fails_with(read(fd, &record, sizeof record), EAGAIN, "an empty non-blocking signalfd reads EAGAIN");
    kill(getpid(), SIGUSR2);
    check_equal(read(fd, &record, sizeof record), (long)sizeof record, "the signalfd reads one record");
    check_equal(record.ssi_signo, SIGUSR2, "ssi_signo is SIGUSR2");
    check_equal(record.ssi_pid, getpid(), "ssi_pid is the sender");
    sigset_t rt;
    sigemptyset(&rt);
    sigaddset(&rt, SIGRTMIN + 3);
    check_equal(signalfd(fd, &rt, 0), fd, "signalfd on an existing descriptor changes its set");
    raise(SIGUSR2);
    check_fails_with(read(fd, &record, sizeof record), EAGAIN, "SIGUSR2 is no longer in the descriptor's set");
    sigwaitinfo(&set, 0);
    close(fd);
}

int main(void) {
    set_helpers();
    masks();
    synchronous_waits();
    return check_result();
}

// The loop vrt-init spends its life in: it takes the blocked signals synchronously with
// sigwaitinfo, so there are no handlers and no races. SIGCHLD means at least one child ended:
// every child that has ended is reaped then (SIGCHLDs merge, so one may stand for many). Any
// other signal is forwarded to the command.
#include <vrt/errno.h>
#include <vrt/signal.h>
#include <vrt/wait.h>

#include "init.h"

namespace init {

namespace {

// Reaps every child that has ended; true, with its status, when `child` was one of them.
bool reap(pid_t child, int *child_status) {
    bool child_ended = false;
    for (;;) {
        int status;
        pid_t pid = waitpid(-1, &status, WNOHANG);
        if (pid <= 0) return child_ended;  // 0: the others still run; ECHILD: none is left
        if (pid == child) {
            child_ended = true;
            *child_status = status;
        }
        note("reaped pid %d, %s %d", pid, WIFSIGNALED(status) ? "killed by signal" : "exit status",
             WIFSIGNALED(status) ? WTERMSIG(status) : WEXITSTATUS(status));
    }
}

void forward(int sig, pid_t child, bool to_group) {
    const char *name = signal_name(sig);
    note("forwarding %s to %s %d", name ? name : "a signal", to_group ? "process group" : "pid", child);
    if (kill(to_group ? -child : child, sig) != 0 && errno != ESRCH)
        say("cannot forward %s: %s", name ? name : "a signal", error_text(errno));
}

}  // namespace

int supervise(pid_t child, const Options &options) {
    sigset_t wanted;
    sigemptyset(&wanted);
    for (int sig : forwarded_signals) sigaddset(&wanted, sig);
    sigaddset(&wanted, SIGCHLD);
    for (;;) {
        siginfo_t info;
        int sig = sigwaitinfo(&wanted, &info);
        if (sig < 0) continue;  // EINTR: a stop and continue (SIGCONT) interrupts the wait
        int status = 0;
        if (sig != SIGCHLD) forward(sig, child, options.signal_group);
        else if (reap(child, &status)) return status;
    }
}

int exit_status_of(int wait_status) {
    if (WIFSIGNALED(wait_status)) return exit_signal_base + WTERMSIG(wait_status);
    return WEXITSTATUS(wait_status);
}

}  // namespace init

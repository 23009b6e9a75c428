// Starting the command. vfork rather than fork: the parent is idle until the exec anyway, and
// vrt-init's address space need not be copied for a child that replaces it at once. Between
// vfork and exec the child only makes system calls and writes its own stack or, for a failure
// message, a static buffer the parent no longer uses.
#include <vrt/errno.h>
#include <vrt/ioctl.h>
#include <vrt/signal.h>
#include <vrt/string.h>
#include <vrt/unistd.h>

#include "init.h"

namespace init {

sigset_t block_signals() {
    sigset_t blocked, previous;
    sigemptyset(&blocked);
    for (int sig : forwarded_signals) sigaddset(&blocked, sig);
    sigaddset(&blocked, SIGCHLD);
    sigaddset(&blocked, SIGTTOU);
    sigprocmask(SIG_BLOCK, &blocked, &previous);
    return previous;
}

namespace {

// In the child: its own process group, which gets the terminal's foreground if vrt-init's group
// had it; or, for a machine's command, a session of its own with fd 0 as controlling terminal.
// Failures here are not fatal: there may be no terminal at all.
void isolate(bool new_session) {
    if (new_session) {
        setsid();
        ioctl(0, TIOCSCTTY, 0);
        return;
    }
    pid_t parent_group = getpgrp();
    setpgid(0, 0);
    if (tcgetpgrp(0) == parent_group) tcsetpgrp(0, getpid());
}

[[noreturn]] void run(char *const *command, const sigset_t &child_mask, bool new_session) {
    isolate(new_session);
    sigprocmask(SIG_SETMASK, &child_mask, nullptr);
    execvp(command[0], command);
    int error = errno;
    bool not_found = error == ENOENT || error == ENOTDIR;
    if (not_found && !strchr(command[0], '/')) say("%s: command not found", command[0]);
    else say("cannot run %s: %s", command[0], error_text(error));
    _exit(not_found ? exit_not_found : exit_not_executable);
}

}  // namespace

pid_t start_command(char *const *command, const sigset_t &child_mask, bool new_session) {
    pid_t child = vfork();
    if (child == 0) run(command, child_mask, new_session);
    if (child < 0) {
        say("cannot start %s: %s", command[0], error_text(errno));
        return -1;
    }
    note("started %s as pid %d", command[0], child);
    return child;
}

}  // namespace init

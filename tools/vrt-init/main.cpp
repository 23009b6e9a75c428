// vrt-init [-s] [-g] [-p SIGNAL] [-M] [-r] [-v] [--] COMMAND [ARG...]
//
// Runs COMMAND (looked up in PATH when it has no '/') as its only direct child, and:
//   - forwards SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGUSR1, SIGUSR2 and SIGWINCH to it, or with -g
//     to its whole process group (the command always gets a process group of its own, and the
//     terminal's foreground when vrt-init had it);
//   - reaps every child, including the orphans the kernel reparents to it: as PID 1, or with -s
//     as a child subreaper when it is not PID 1 (without either it warns that it cannot);
//   - exits with the command's exit status, or 128 + N when signal N killed it.
// -p SIGNAL asks the kernel for SIGNAL when vrt-init's parent dies. -v says what happens.
// Errors: 2 for bad usage, 127 when the command is not found, 126 when it cannot be run.
//
// PID 1 of a machine: when vrt-init is PID 1 in the initial PID namespace (the kernel started
// it, as /init of an initramfs or as init=), or with -M as any PID 1, it first mounts proc on
// /proc, sysfs on /sys and devtmpfs on /dev (creating the directories), opens /dev/console on
// fds 0-2 if they are closed, and starts the command as a session leader with the console as its
// controlling terminal when the kernel allows. When the command ends it prints its status,
// sends SIGTERM then SIGKILL to every process left, syncs, and powers the machine off (-r:
// reboots). It never exits: PID 1 exiting panics the kernel.
// The command comes from the kernel command line: the kernel passes the words after ` -- ` to
// init as arguments, so `rdinit=/init -- /bin/app -x` runs `/bin/app -x`. Without one,
// vrt-init runs /bin/sh.
// Detection uses reboot(RB_DISABLE_CAD), which a real init wants anyway (Ctrl-Alt-Del then sends
// SIGINT, forwarded to the command, instead of resetting the machine); inside a container it
// fails with EINVAL (another PID namespace) or EPERM (no CAP_SYS_BOOT).
#include <vrt/errno.h>
#include <vrt/prctl.h>
#include <vrt/stdlib.h>
#include <vrt/unistd.h>

#include "init.h"

namespace {

// Machine mode without a command: a shell, as the kernel's own fallback inits do.
char default_shell[] = "/bin/sh";
char *default_command[] = {default_shell, nullptr};

}  // namespace

// extern "C": tools are compiled -ffreestanding, where clang gives main no special status and
// would mangle its name like any C++ function's.
extern "C" int main(int argc, char **argv) {
    init::Options options;
    if (!init::parse_options(argc, argv, options)) return init::exit_usage;
    if (options.help) {
        init::print_usage(1);
        return 0;
    }
    init::verbose = options.verbose;

    // -M anywhere but as PID 1 would end with kill(-1) and a real power-off: refused.
    if (options.machine && getpid() != 1) {
        init::say("-M needs vrt-init to be PID 1 (unshare --pid --fork --mount-proc vrt-init -M ...)");
        return init::exit_usage;
    }
    bool machine = options.machine || init::is_machine_init();
    if (machine) {
        init::prepare_machine();
        if (!options.command) options.command = default_command;
    } else if (!options.command) {
        init::say("no command given (vrt-init -h for help)");
        return init::exit_usage;
    }

    int death_signal = options.parent_death_signal;
    if (death_signal && prctl(PR_SET_PDEATHSIG, death_signal, 0, 0, 0) != 0)
        init::say("cannot set the parent-death signal: %s", init::error_text(errno));
    if (getpid() != 1) {
        if (options.subreaper && prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0)
            init::say("cannot become a child subreaper: %s", init::error_text(errno));
        else if (!options.subreaper)
            init::say("not PID 1 and not a subreaper (-s): orphans will not be reaped here");
    }

    sigset_t child_mask = init::block_signals();
    pid_t child = init::start_command(options.command, child_mask, machine);
    int status = child < 0 ? init::exit_not_executable
                           : init::exit_status_of(init::supervise(child, options));
    if (machine) {
        init::say("%s exited with status %d; %s", options.command[0], status,
                  options.reboot ? "rebooting" : "powering off");
        init::shut_down_machine(options.reboot);
    }
    return status;
}

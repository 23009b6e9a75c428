// vrt-init: a minimal init for containers and initramfs machines, on libvrt. It runs one command
// as its child, forwards signals to it, reaps every zombie (orphans reparented to it included),
// and ends with the command's status; as PID 1 of a machine it also mounts /proc, /sys and /dev
// first and powers off (or reboots) at the end. main.cpp has the user's documentation.
#pragma once

#include <vrt/signal.h>
#include <vrt/types.h>

namespace init {

struct Options {
    bool subreaper = false;         // -s: PR_SET_CHILD_SUBREAPER when not PID 1
    bool signal_group = false;      // -g: forward to the command's process group
    int parent_death_signal = 0;    // -p SIG: PR_SET_PDEATHSIG
    bool machine = false;           // -M: PID-1-of-a-machine mode even when not detected
    bool reboot = false;            // -r: reboot rather than power off, in machine mode
    bool verbose = false;           // -v
    bool help = false;              // -h
    char **command = nullptr;       // NULL-terminated; null when none was given
};

// Exit statuses of vrt-init itself, as shells and tini use them.
inline constexpr int exit_usage = 2;          // bad options
inline constexpr int exit_not_executable = 126;
inline constexpr int exit_not_found = 127;
inline constexpr int exit_signal_base = 128;  // 128 + N: the command died by signal N

// Parses argv; on bad usage prints why and the usage to stderr and returns false.
bool parse_options(int argc, char **argv, Options &options);
void print_usage(int fd);

// "SIGTERM" for 15, or null for a number without a name.
const char *signal_name(int sig);
// The number of "TERM", "SIGTERM" or "15"; 0 when it names no signal.
int signal_number(const char *text);
// A short lower-case description of an errno value, for messages.
const char *error_text(int error);

// "vrt-init: ..." and a newline on stderr; note() only with -v.
void say(const char *format, ...) __attribute__((format(printf, 1, 2)));
void note(const char *format, ...) __attribute__((format(printf, 1, 2)));
extern bool verbose;

// The signals passed on to the command: termination, job-control-free user signals, SIGWINCH.
inline constexpr int forwarded_signals[] = {SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGUSR1, SIGUSR2, SIGWINCH};

// Blocks the forwarded signals, SIGCHLD and SIGTTOU in vrt-init (they are taken with sigwaitinfo;
// SIGTTOU so that tcsetpgrp works from the background). Returns the mask to restore in the child.
sigset_t block_signals();

// Starts the command in its own process group (handing it the terminal's foreground when we
// have it; as a new session leader with `new_session`), with the signal mask `child_mask`.
// Returns its pid, or -1 when it could not even be started. An exec failure is reported by the
// child, which exits 127 (not found) or 126 (anything else).
pid_t start_command(char *const *command, const sigset_t &child_mask, bool new_session);

// Forwards signals to `child` and reaps every child until `child` ends; returns its wait status.
int supervise(pid_t child, const Options &options);

// The exit status a shell would give for a wait status: the code, or 128 + the signal.
int exit_status_of(int wait_status);

// True when we are PID 1 of the machine (the initial PID namespace), not of a container.
bool is_machine_init();
// Mounts /proc, /sys and /dev (devtmpfs) and makes sure fds 0-2 are open on the console.
void prepare_machine();
// Ends every process, syncs, and powers off or reboots. Never returns.
[[noreturn]] void shut_down_machine(bool reboot);

}  // namespace init

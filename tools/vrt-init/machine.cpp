// PID 1 of a whole machine: what the kernel leaves to init before and after the command.
#include <vrt/errno.h>
#include <vrt/fcntl.h>
#include <vrt/mount.h>
#include <vrt/reboot.h>
#include <vrt/signal.h>
#include <vrt/stat.h>
#include <vrt/unistd.h>
#include <vrt/wait.h>

#include "init.h"

namespace init {

namespace {

struct EarlyMount {
    const char *type;
    const char *target;
    unsigned long flags;
    const char *data;
};

constexpr EarlyMount early_mounts[] = {
    {"proc", "/proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, nullptr},
    {"sysfs", "/sys", MS_NOSUID | MS_NODEV | MS_NOEXEC, nullptr},
    {"devtmpfs", "/dev", MS_NOSUID, "mode=0755"},
};

bool is_open(int fd) { return fcntl(fd, F_GETFD) >= 0; }

// The kernel opens /dev/console as fds 0-2 of init when the initramfs has it (the kernel's
// built-in initramfs does); when it did not, the freshly mounted devtmpfs has one.
void open_console() {
    if (is_open(0) && is_open(1) && is_open(2)) return;
    int console = open("/dev/console", O_RDWR | O_NOCTTY);
    if (console < 0) return;
    for (int fd = 0; fd <= 2; ++fd)
        if (!is_open(fd)) dup2(console, fd);
    if (console > 2) close(console);
}

// Reaps children until none is left (true) or `tenths` tenths of a second passed with no child
// ending (false). Counting quiet intervals rather than reading a clock keeps vrt-init free of
// the vDSO code; each ending wakes the wait early, and there are only so many processes.
bool reap_all_within(int tenths) {
    sigset_t chld;
    sigemptyset(&chld);
    sigaddset(&chld, SIGCHLD);
    struct timespec tenth = {};
    tenth.tv_nsec = 100000000;  // by name: 32-bit big-endian arches put padding before it
    for (int quiet = 0; quiet < tenths;) {
        int status;
        pid_t pid;
        while ((pid = waitpid(-1, &status, WNOHANG)) > 0) {}
        if (pid < 0 && errno == ECHILD) return true;
        if (sigtimedwait(&chld, nullptr, &tenth) < 0 && errno == EAGAIN) ++quiet;
    }
    return false;
}

}  // namespace

bool is_machine_init() { return getpid() == 1 && reboot(RB_DISABLE_CAD) == 0; }

void prepare_machine() {
    for (const EarlyMount &m : early_mounts) {
        if (mkdir(m.target, 0755) != 0 && errno != EEXIST)
            say("cannot create %s: %s", m.target, error_text(errno));
        // EBUSY: this very filesystem is mounted there already (a devtmpfs the kernel mounted
        // itself, or a second run); proc, new for each PID namespace, never gives it.
        if (mount(m.type, m.target, m.type, m.flags, m.data) == 0)
            note("mounted %s on %s", m.type, m.target);
        else if (errno == EBUSY)
            note("%s is already on %s", m.type, m.target);
        else
            say("cannot mount %s on %s: %s", m.type, m.target, error_text(errno));
    }
    open_console();
}

// As sysvinit and busybox do: ask everyone to end, give them a moment, then insist. kill(-1)
// from PID 1 reaches every process but itself (and kernel threads, which ignore it).
[[noreturn]] void shut_down_machine(bool restart) {
    // main() never gets here unless PID 1; checked again because kill(-1) and reboot from any
    // other root process would take the whole machine down.
    if (getpid() != 1) _exit(exit_usage);
    kill(-1, SIGTERM);
    if (!reap_all_within(20)) {
        kill(-1, SIGKILL);
        reap_all_within(10);
    }
    sync();
    reboot(restart ? RB_AUTOBOOT : RB_POWER_OFF);
    say("cannot %s: %s", restart ? "reboot" : "power off", error_text(errno));
    // PID 1 must not exit (the kernel would panic): keep reaping. SIGCHLD is still blocked.
    sigset_t chld;
    sigemptyset(&chld);
    sigaddset(&chld, SIGCHLD);
    for (;;) {
        int status;
        while (waitpid(-1, &status, WNOHANG) > 0) {}
        sigwaitinfo(&chld, nullptr);
    }
}

}  // namespace init

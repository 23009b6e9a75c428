// `vrt-vdso timens`: in a new time namespace the vDSO must apply the namespace's offsets itself
// (it reads a per-namespace page the kernel maps instead of the usual data page). With
// MONOTONIC and BOOTTIME moved forward by days, the vDSO and the system call must agree for
// MONOTONIC, MONOTONIC_RAW, MONOTONIC_COARSE and BOOTTIME, both must show the offsets, and
// REALTIME must be unchanged (time namespaces do not virtualise it).
//
// Needs CAP_SYS_ADMIN (unshare(CLONE_NEWTIME)) and Linux 5.6: without them it says so and exits
// with status 77, which means "could not test", not "failed".
#include <asm/errno.h>
#include <asm/unistd.h>
#include <linux/sched.h>
#include <vrt/errno.h>
#include <vrt/fcntl.h>
#include <vrt/stdio.h>
#include <vrt/string.h>
#include <vrt/unistd.h>
#include <vrt/vdso.h>

#include "child.h"
#include "commands.h"
#include "paths.h"
#include "report.h"

namespace {

constexpr long long day_ns = 86400LL * 1000000000LL;
constexpr int monotonic_days = 2, boottime_days = 3;

struct Shared {
    long long host_monotonic, host_boottime, host_realtime;  // read by the parent before the fork
    long long child_monotonic[2], child_boottime[2], child_realtime[2];  // vDSO, syscall
    long long lag_failures[4], cases;
    int errors;
};

const clockid_t checked_clocks[4] = {CLOCK_MONOTONIC, CLOCK_MONOTONIC_RAW, CLOCK_MONOTONIC_COARSE, CLOCK_BOOTTIME};

long long read_clock(int path, clockid_t clock, Shared &s) {
    struct timespec ts;
    int r = path == 0 ? real_paths.clock_gettime[via_vdso](clock, &ts)
                      : real_paths.clock_gettime[via_syscall](clock, &ts);
    if (r == -ENOSYS && path == 0) r = real_paths.clock_gettime[via_syscall](clock, &ts);
    if (r != 0) ++s.errors;
    return to_ns(ts);
}

long in_namespace(void *context) {
    Shared &s = *static_cast<Shared *>(context);
    for (int path = 0; path < 2; ++path) {
        s.child_monotonic[path] = read_clock(path, CLOCK_MONOTONIC, s);
        s.child_boottime[path] = read_clock(path, CLOCK_BOOTTIME, s);
        s.child_realtime[path] = read_clock(path, CLOCK_REALTIME, s);
    }
    for (int k = 0; k < 4; ++k) {
        long long last[2] = {0, 0};
        for (int i = 0; i < 20000; ++i) {
            for (int path = 0; path < 2; ++path) {
                long long v = read_clock(path, checked_clocks[k], s);
                ++s.cases;
                if (v < last[1 - path]) ++s.lag_failures[k];
                last[path] = v;
            }
        }
    }
    return 0;
}

bool near(long long value, long long expected) {
    long long d = value - expected;
    return d > -10LL * 1000000000LL && d < 10LL * 1000000000LL;  // within 10 s of what was asked
}

}  // namespace

int run_timens(const Options &options) {
    if (syscall(__NR_unshare, CLONE_NEWTIME) != 0) {
        int e = errno;
        dprintf(2, "vrt-vdso timens: cannot make a time namespace: %s\n",
                e == EPERM ? "needs CAP_SYS_ADMIN (run as root)"
                : e == EINVAL ? "this kernel has no time namespaces (Linux 5.6+, CONFIG_TIME_NS)"
                              : "unshare(CLONE_NEWTIME) failed");
        return 77;
    }
    // The offsets apply to the children made after this write (the caller itself stays outside).
    char offsets[96];
    int n = snprintf(offsets, sizeof offsets, "monotonic %d 0\nboottime %d 0\n", monotonic_days * 86400,
                     boottime_days * 86400);
    int fd = open("/proc/self/timens_offsets", O_WRONLY | O_CLOEXEC);
    if (fd < 0 || write(fd, offsets, static_cast<size_t>(n)) != n) {
        dprintf(2, "vrt-vdso timens: cannot write /proc/self/timens_offsets\n");
        return 77;
    }
    close(fd);

    Shared *s = static_cast<Shared *>(shared_page());
    if (!s) return 2;
    memset(s, 0, sizeof *s);
    struct timespec ts;
    vrt_sys_clock_gettime(CLOCK_MONOTONIC, &ts);
    s->host_monotonic = to_ns(ts);
    vrt_sys_clock_gettime(CLOCK_BOOTTIME, &ts);
    s->host_boottime = to_ns(ts);
    vrt_sys_clock_gettime(CLOCK_REALTIME, &ts);
    s->host_realtime = to_ns(ts);
    Outcome o = run_in_child(in_namespace, s);

    static Report report("timens");
    Check &run = report.add("timens", "child");
    run.cases = 1;
    if (!o.ran || o.signal || s->errors) {
        run.failures = 1;
        snprintf(run.note, sizeof run.note, "child: signal %d, %d clock errors", o.signal, s->errors);
    }
    const char *path_label[2] = {"vdso", "syscall"};
    for (int path = 0; path < 2; ++path) {
        Check &m = report.add("timens-MONOTONIC-offset", path_label[path]);
        m.cases = 1;
        m.failures = !near(s->child_monotonic[path], s->host_monotonic + monotonic_days * day_ns);
        snprintf(m.note, sizeof m.note, "%+lld s", (s->child_monotonic[path] - s->host_monotonic) / 1000000000LL);
        Check &b = report.add("timens-BOOTTIME-offset", path_label[path]);
        b.cases = 1;
        b.failures = !near(s->child_boottime[path], s->host_boottime + boottime_days * day_ns);
        snprintf(b.note, sizeof b.note, "%+lld s", (s->child_boottime[path] - s->host_boottime) / 1000000000LL);
        Check &r = report.add("timens-REALTIME-unchanged", path_label[path]);
        r.cases = 1;
        r.failures = !near(s->child_realtime[path], s->host_realtime);
    }
    for (int k = 0; k < 4; ++k) {
        char api[48];
        snprintf(api, sizeof api, "timens-%s", clock_name(checked_clocks[k]));
        Check &c = report.add(api, "verify");
        c.cases = s->cases / 4;
        c.failures = s->lag_failures[k];
    }
    return report.finish(options.json, options.verbose);
}

// `vrt-vdso syscalls`: for each vDSO function and clock, whether a call reached the kernel,
// proven without strace: the call runs in a child whose seccomp filter traps the time system
// calls, and a SIGSYS handler counts them. "served in user space" means none was made. This is
// how a user finds a clocksource the vDSO cannot read, or a seccomp sandbox that will break.
#include <linux/seccomp.h>
#include <vrt/signal.h>
#include <vrt/stdio.h>
#include <vrt/string.h>

#include "child.h"
#include "commands.h"
#include "getrandom_checks.h"
#include "paths.h"
#include "report.h"
#include "seccomp_filter.h"

namespace {

volatile long *trapped;  // in a shared page: the child counts, the parent reads

void count_sigsys(int, siginfo_t *, void *) { *trapped = *trapped + 1; }

struct Probe {
    const char *function;
    clockid_t clock;
    Path path;
};

long call(const Probe &p) {
    struct timespec ts;
    struct timeval tv;
    unsigned cpu;
    const Paths &r = real_paths;
    if (!strcmp(p.function, "clock_gettime")) return r.clock_gettime[p.path](p.clock, &ts);
    if (!strcmp(p.function, "clock_getres")) return r.clock_getres[p.path](p.clock, &ts);
    if (!strcmp(p.function, "gettimeofday")) return r.gettimeofday[p.path](&tv, nullptr);
    if (!strcmp(p.function, "time")) return r.time[p.path](nullptr);
    return r.getcpu[p.path](&cpu, nullptr);
}

// In the child: arm the filter, make the call a few times, return how many calls were trapped
// (or -1 when the filter could not be installed).
long trapped_calls(void *context) {
    const Probe &p = *static_cast<const Probe *>(context);
    struct sigaction action = {};
    action.sa_sigaction = count_sigsys;
    action.sa_flags = SA_SIGINFO;
    if (sigaction(SIGSYS, &action, nullptr) != 0) return -1;
    long numbers[16];
    int count = time_syscall_numbers(numbers, 16);
    if (install_seccomp_filter(numbers, count, SECCOMP_RET_TRAP) != 0) return -1;
    for (int i = 0; i < 8; ++i) call(p);
    return *trapped;
}

void probe(Report &report, const char *function, clockid_t clock, Path path) {
    char api[48];
    if (clock >= 0) snprintf(api, sizeof api, "%s-%s", function, clock_name(clock));
    else snprintf(api, sizeof api, "%s", function);
    Check &c = report.add(api, path_names[path]);
    Probe p = {function, clock < 0 ? 0 : clock, path};
    if (path == via_vdso && call(p) == -38 /* -ENOSYS: not in this vDSO */) {
        c.skipped = "not in this vDSO";
        return;
    }
    *trapped = 0;
    Outcome o = run_in_child(trapped_calls, &p);
    c.cases = 1;
    if (!o.ran || o.signal || o.value < 0) {
        c.failures = 1;
        snprintf(c.note, sizeof c.note, "could not run under seccomp (signal %d, result %ld)", o.signal, o.value);
        return;
    }
    snprintf(c.note, sizeof c.note, "%s", o.value ? "fell back to the kernel" : "served in user space");
}

}  // namespace

int run_syscalls(const Options &options) {
    static Report report("syscalls");
    trapped = static_cast<volatile long *>(shared_page());
    if (!trapped) return 2;
    const Path paths[] = {via_vdso, via_libvrt};
    for (Path path : paths) {
        for (clockid_t clock = 0; clock < clock_count; ++clock) probe(report, "clock_gettime", clock, path);
        probe(report, "clock_getres", CLOCK_MONOTONIC, path);
        probe(report, "gettimeofday", -1, path);
        probe(report, "time", -1, path);
        probe(report, "getcpu", -1, path);
    }
    run_getrandom_syscall_probes(report);
    // The notes are the point here: show them, not only the failures.
    return report.finish(options.json, true);
}

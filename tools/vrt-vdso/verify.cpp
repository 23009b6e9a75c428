// `vrt-vdso verify`: the vDSO against the system call, alternated as fast as possible.
//
// For every clock, each reading must be no earlier than the previous reading of the *other*
// path (a vDSO that lags the kernel is caught, and so is one that runs ahead of it), and no
// earlier than its own previous reading; when one path fails, the other must fail with the
// same error. clock_getres must agree exactly. getcpu is checked while the process is pinned to
// each allowed CPU in turn: both paths must name that CPU.
#include <asm/errno.h>
#include <asm/unistd.h>
#include <vrt/stdio.h>
#include <vrt/unistd.h>

#include "commands.h"
#include "getrandom_checks.h"
#include "paths.h"
#include "report.h"
#include "verify.h"

namespace {

struct Ordering {
    long long last[2] = {-1LL << 62, -1LL << 62};  // last good reading of vDSO and syscall
    int last_error[2] = {0, 0};
    bool have_error[2] = {false, false};

    // One reading of `path` (0: vDSO, 1: syscall): value if r == 0, else the error r.
    void see(Check &c, int path, int r, long long value) {
        int other = 1 - path;
        ++c.cases;
        if (r != 0) {
            if (r > 0 && c.failures++ == 0)
                snprintf(c.note, sizeof c.note, "%s returned a positive %d, not -errno", path ? "syscall" : "vDSO", r);
            if (have_error[other] && last_error[other] != r && c.failures++ == 0)
                snprintf(c.note, sizeof c.note, "vDSO and syscall disagree: %d vs %d", path ? last_error[other] : r,
                         path ? r : last_error[other]);
            have_error[path] = true;
            last_error[path] = r;
            return;
        }
        if (have_error[other] && c.failures++ == 0)
            snprintf(c.note, sizeof c.note, "%s failed with %d where the other succeeded",
                     other ? "syscall" : "vDSO", last_error[other]);
        if (value < last[other] && c.failures++ == 0)
            snprintf(c.note, sizeof c.note, "%s read %lld after %s read %lld", path ? "syscall" : "vDSO", value,
                     other ? "syscall" : "vDSO", last[other]);
        if (value < last[path] && c.failures++ == 0)
            snprintf(c.note, sizeof c.note, "%s went backwards: %lld after %lld", path ? "syscall" : "vDSO",
                     value, last[path]);
        last[path] = value;
    }
};

bool deadline_passed(long long deadline, long &iteration) {
    return (++iteration & 63) == 0 && now_ns() > deadline;
}

void verify_clock_gettime(Report &report, const Paths &paths, clockid_t clock, long long duration_ns) {
    char api[48];
    snprintf(api, sizeof api, "clock_gettime-%s", clock_name(clock));
    Check &c = report.add(api, "verify");
    struct timespec ts;
    if (paths.clock_gettime[via_vdso](clock, &ts) == -ENOSYS) {
        c.skipped = "no vDSO clock_gettime";
        return;
    }
    Ordering order;
    long long deadline = now_ns() + duration_ns;
    for (long i = 0; !deadline_passed(deadline, i);) {
        for (int path = 0; path < 2; ++path) {
            int r = paths.clock_gettime[path == 0 ? via_vdso : via_syscall](clock, &ts);
            order.see(c, path, r, r == 0 ? to_ns(ts) : 0);
        }
    }
}

const char *describe_resolution(int result, const struct timespec &res, char *buffer, int size) {
    if (result == 0) snprintf(buffer, size, "%lld ns", to_ns(res));
    else snprintf(buffer, size, "error %d", result);
    return buffer;
}

void verify_clock_getres(Report &report, const Paths &paths, clockid_t clock) {
    char api[48];
    snprintf(api, sizeof api, "clock_getres-%s", clock_name(clock));
    Check &c = report.add(api, "verify");
    struct timespec v = {}, s = {};
    int rv = paths.clock_getres[via_vdso](clock, &v);
    if (rv == -ENOSYS) {
        c.skipped = "no vDSO clock_getres";
        return;
    }
    int rs = paths.clock_getres[via_syscall](clock, &s);
    c.cases = 1;
    if (rv != rs || (rv == 0 && to_ns(v) != to_ns(s))) {
        c.failures = 1;
        char by_vdso[24], by_syscall[24];
        bool known = is_aux_getres_defect(clock, rv, rs);
        snprintf(c.note, sizeof c.note, "vDSO %s, syscall %s%s%s", describe_resolution(rv, v, by_vdso, sizeof by_vdso),
                 describe_resolution(rs, s, by_syscall, sizeof by_syscall), known ? ": " : "",
                 known ? known_aux_getres_defect : "");
    }
}

void verify_gettimeofday(Report &report, const Paths &paths, long long duration_ns) {
    Check &c = report.add("gettimeofday", "verify");
    struct timeval tv;
    if (paths.gettimeofday[via_vdso](&tv, nullptr) == -ENOSYS) {
        c.skipped = "no vDSO gettimeofday";
        return;
    }
    Ordering order;
    long long deadline = now_ns() + duration_ns;
    for (long i = 0; !deadline_passed(deadline, i);) {
        for (int path = 0; path < 2; ++path) {
            int r = paths.gettimeofday[path == 0 ? via_vdso : via_syscall](&tv, nullptr);
            order.see(c, path, r, r == 0 ? tv.tv_sec * 1000000LL + tv.tv_usec : 0);
        }
    }
}

void verify_time(Report &report, const Paths &paths, long long duration_ns) {
    Check &c = report.add("time", "verify");
    if (paths.time[via_vdso](nullptr) == -ENOSYS) {
        c.skipped = "no vDSO time";
        return;
    }
    Ordering order;
    long long deadline = now_ns() + duration_ns;
    for (long i = 0; !deadline_passed(deadline, i);) {
        for (int path = 0; path < 2; ++path) {
            time_t t = paths.time[path == 0 ? via_vdso : via_syscall](nullptr);
            order.see(c, path, t < 0 ? static_cast<int>(t) : 0, t);
        }
    }
}

// sched_{get,set}affinity through syscall(): the mask is a bit array of longs.
constexpr int max_cpus = 1024;
using CpuMask = unsigned long[max_cpus / (8 * sizeof(unsigned long))];
constexpr int bits_per_word = 8 * sizeof(unsigned long);

void verify_getcpu(Report &report, const Paths &paths, long long duration_ns) {
    Check &c = report.add("getcpu", "verify");
    unsigned cpu;
    if (paths.getcpu[via_vdso](&cpu, nullptr) == -ENOSYS) {
        c.skipped = "no vDSO getcpu";
        return;
    }
    CpuMask allowed = {};
    long got = syscall(__NR_sched_getaffinity, 0, sizeof allowed, allowed);
    if (got <= 0) {
        c.skipped = "sched_getaffinity failed";
        return;
    }
    long long deadline = now_ns() + duration_ns;
    int cpus_seen = 0;
    for (long round = 0; round == 0 || now_ns() < deadline; ++round) {
        for (int n = 0; n < max_cpus; ++n) {
            if (!(allowed[n / bits_per_word] & (1UL << (n % bits_per_word)))) continue;
            CpuMask one = {};
            one[n / bits_per_word] = 1UL << (n % bits_per_word);
            if (syscall(__NR_sched_setaffinity, 0, sizeof one, one) != 0) continue;
            if (round == 0) ++cpus_seen;
            for (int path = 0; path < 2; ++path) {
                unsigned got_cpu = ~0u;
                int r = paths.getcpu[path == 0 ? via_vdso : via_syscall](&got_cpu, nullptr);
                ++c.cases;
                if ((r != 0 || got_cpu != static_cast<unsigned>(n)) && c.failures++ == 0)
                    snprintf(c.note, sizeof c.note, "pinned to CPU %d, %s said %d (result %d)", n,
                             path ? "syscall" : "vDSO", static_cast<int>(got_cpu), r);
            }
        }
    }
    syscall(__NR_sched_setaffinity, 0, sizeof allowed, allowed);
    if (!c.failures) snprintf(c.note, sizeof c.note, "%d CPUs visited", cpus_seen);
}

}  // namespace

void run_verify_checks(Report &report, const Paths &paths, long long duration_ns) {
    for (clockid_t clock = 0; clock < clock_count; ++clock) verify_clock_gettime(report, paths, clock, duration_ns);
    for (clockid_t clock = 0; clock < clock_count; ++clock) verify_clock_getres(report, paths, clock);
    verify_gettimeofday(report, paths, duration_ns);
    verify_time(report, paths, duration_ns);
    verify_getcpu(report, paths, duration_ns);
}

int run_verify(const Options &options) {
    static Report report("verify");
    run_verify_checks(report, real_paths, options.duration_ns);
    run_getrandom_verify_checks(report);
    return report.finish(options.json, options.verbose);
}

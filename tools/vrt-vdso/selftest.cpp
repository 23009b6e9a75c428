// `vrt-vdso selftest`: the checks must catch what they claim to catch. verify and abi are run
// on Paths tables with one deliberately broken function each, and must report failures; then on
// the real table, where the same checks must pass. A check that could not fail would show here.
#include <asm/errno.h>
#include <vrt/stdio.h>
#include <vrt/vdso.h>

#include "commands.h"
#include "paths.h"
#include "report.h"
#include "verify.h"

namespace {

constexpr long long short_run_ns = 20 * 1000000LL;

int real_clock_gettime(clockid_t c, struct timespec *ts) {
    int r = vrt_vdso_clock_gettime(c, ts);
    return r == -ENOSYS ? vrt_sys_clock_gettime(c, ts) : r;
}

void shift(struct timespec *ts, long long ns) {
    long long t = to_ns(*ts) + ns;
    ts->tv_sec = t / 1000000000LL;
    ts->tv_nsec = static_cast<long>(t % 1000000000LL);
}

// A vDSO whose clock runs 1 ms behind the kernel's, and one that runs 1 ms ahead of it.
int lagging_clock_gettime(clockid_t c, struct timespec *ts) {
    int r = real_clock_gettime(c, ts);
    if (r == 0) shift(ts, -1000000);
    return r;
}
int leading_clock_gettime(clockid_t c, struct timespec *ts) {
    int r = real_clock_gettime(c, ts);
    if (r == 0) shift(ts, 1000000);
    return r;
}

// The PowerPC bug: an error comes back as a bare positive errno (22) instead of -22.
int positive_errno_clock_gettime(clockid_t c, struct timespec *ts) {
    int r = real_clock_gettime(c, ts);
    return r < 0 ? -r : r;
}

struct Scenario {
    const char *name;
    int (*vdso_clock_gettime)(clockid_t, struct timespec *);
    bool abi;               // run the abi checks (else verify)
    const char *api, *test; // the check that must fail (or pass)
    bool must_fail;
};

}  // namespace

int run_selftest(const Options &options) {
    static Report scratch("selftest-run");
    static Report report("selftest");
    // Scenarios that run the same checks with the same fake are neighbours and share one run:
    // the abi checks fork a child per bad pointer, seconds under an emulated CPU.
    const Scenario scenarios[] = {
        {"lagging-vdso", lagging_clock_gettime, false, "clock_gettime-MONOTONIC", "verify", true},
        {"leading-vdso", leading_clock_gettime, false, "clock_gettime-REALTIME", "verify", true},
        {"real-vdso-verify", real_clock_gettime, false, "clock_gettime-MONOTONIC", "verify", false},
        {"positive-errno-vdso", positive_errno_clock_gettime, true, "clock_gettime-vdso", "bad-clock-id", true},
        {"positive-errno-vdso-every-id", positive_errno_clock_gettime, true, "clock_gettime-vdso", "every-clock-id",
         true},
        {"real-vdso-abi", real_clock_gettime, true, "clock_gettime-syscall", "bad-clock-id", false},
        {"real-vdso-every-id", real_clock_gettime, true, "clock_gettime-vdso", "every-clock-id", false},
    };
    const Scenario *previous = nullptr;
    for (const Scenario &s : scenarios) {
        if (!previous || previous->vdso_clock_gettime != s.vdso_clock_gettime || previous->abi != s.abi) {
            Paths paths = real_paths;
            paths.clock_gettime[via_vdso] = s.vdso_clock_gettime;
            scratch.clear();
            if (s.abi) run_abi_checks(scratch, paths);
            else run_verify_checks(scratch, paths, short_run_ns);
        }
        previous = &s;
        const Check *seen = scratch.find(s.api, s.test);
        Check &c = report.add(s.name, s.must_fail ? "caught" : "passes");
        c.cases = 1;
        if (!seen) {
            c.failures = 1;
            snprintf(c.note, sizeof c.note, "%s/%s did not run", s.api, s.test);
        } else if (seen->skipped) {
            c.skipped = seen->skipped;
        } else {
            c.failures = s.must_fail ? seen->failures == 0 : seen->failures != 0;
            snprintf(c.note, sizeof c.note, "%s/%s: %ld failures%s%s", s.api, s.test, seen->failures,
                     seen->note[0] ? ": " : "", seen->note);
        }
    }
    return report.finish(options.json, true);
}

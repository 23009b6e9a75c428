// `vrt-vdso abi`: what each path does with bad input, every case in a forked child and judged by
// its result or by the signal that killed it.
//
//   bad clock ids (-1, 12, 100, INT_MAX)      -EINVAL from the vDSO, the syscall and libvrt
//   every clock id 0-23                       the vDSO and libvrt answer what the syscall answers:
//                                             the same error, or success (clock_getres: with the
//                                             same resolution); a vDSO that disagrees is a finding
//                                             about the kernel, and is reported as a failure
//   NULL / all-ones / PROT_NONE / read-only   the syscall: -EFAULT (or 0 where the API allows
//                                             NULL); the vDSO and libvrt: -EFAULT, SIGSEGV or SIGBUS,
//                                             and which one is reported; libvrt's clock_gettime
//                                             gives EFAULT for NULL, as the README promises
//   on every case                             a vDSO result is never positive (PowerPC's CR0.SO
//                                             convention leaking a bare errno into C)
#include <asm/errno.h>
#include <vrt/mman.h>
#include <vrt/signal.h>
#include <vrt/stdio.h>
#include <vrt/vdso.h>

#include "child.h"
#include "commands.h"
#include "getrandom_checks.h"
#include "paths.h"
#include "report.h"
#include "verify.h"

namespace {

enum class Api { clock_gettime, clock_getres, gettimeofday, getcpu };
const char *const api_names[] = {"clock_gettime", "clock_getres", "gettimeofday", "getcpu"};

struct Case {
    const Paths *paths;
    Api api;
    Path path;
    clockid_t clock;
    void *pointer;
};

long call(void *context) {
    const Case &k = *static_cast<const Case *>(context);
    switch (k.api) {
        case Api::clock_gettime:
            return k.paths->clock_gettime[k.path](k.clock, static_cast<struct timespec *>(k.pointer));
        case Api::clock_getres:
            return k.paths->clock_getres[k.path](k.clock, static_cast<struct timespec *>(k.pointer));
        case Api::gettimeofday:
            return k.paths->gettimeofday[k.path](static_cast<struct timeval *>(k.pointer), nullptr);
        case Api::getcpu: return k.paths->getcpu[k.path](static_cast<unsigned *>(k.pointer), nullptr);
    }
    return 0;
}

// Whether this path exists at all for this API (the vDSO may lack the function).
bool available(const Paths &paths, Api api, Path path) {
    Case k = {&paths, api, path, CLOCK_MONOTONIC, nullptr};
    struct timespec ts;
    unsigned cpu;
    struct timeval tv;
    k.pointer = api == Api::getcpu ? static_cast<void *>(&cpu)
              : api == Api::gettimeofday ? static_cast<void *>(&tv) : static_cast<void *>(&ts);
    return call(&k) != -ENOSYS;
}

const char *describe(const Outcome &o, char *buffer, int size) {
    if (o.signal == SIGSEGV) snprintf(buffer, size, "SIGSEGV");
    else if (o.signal == SIGBUS) snprintf(buffer, size, "SIGBUS");
    else if (o.signal) snprintf(buffer, size, "signal %d", o.signal);
    else if (o.value == -EFAULT) snprintf(buffer, size, "EFAULT");
    else if (o.value == -EINVAL) snprintf(buffer, size, "EINVAL");
    else snprintf(buffer, size, "%ld", o.value);
    return buffer;
}

void bad_clock_ids(Report &report, const Paths &paths) {
    const clockid_t ids[] = {-1, 12, 100, 2147483647};
    const Api clock_apis[] = {Api::clock_gettime, Api::clock_getres};
    for (Api api : clock_apis) {
        for (int p = 0; p < path_count; ++p) {
            char name[48];
            snprintf(name, sizeof name, "%s-%s", api_names[static_cast<int>(api)], path_names[p]);
            Check &c = report.add(name, "bad-clock-id");
            if (!available(paths, api, static_cast<Path>(p))) {
                c.skipped = "not in this vDSO";
                continue;
            }
            for (clockid_t id : ids) {
                struct timespec ts;
                Case k = {&paths, api, static_cast<Path>(p), id, &ts};
                Outcome o = run_in_child(call, &k);
                ++c.cases;
                if (!o.ran || o.signal || o.value != -EINVAL) {
                    ++c.failures;
                    char seen[32];
                    snprintf(c.note, sizeof c.note, "clock %d gave %s, not EINVAL", id, describe(o, seen, sizeof seen));
                }
            }
        }
    }
}

// A clock id's outcome in a child: the -errno, or for a success 0 (clock_gettime) or the
// resolution in ns (clock_getres, which is under a second on every kernel).
long clock_id_outcome(void *context) {
    const Case &k = *static_cast<const Case *>(context);
    struct timespec ts = {};
    Case with_result = k;
    with_result.pointer = &ts;
    long r = call(&with_result);
    if (r != 0) return r;
    return k.api == Api::clock_getres ? to_ns(ts) : 0;
}

const char *describe_clock_outcome(Api api, const Outcome &o, char *buffer, int size) {
    if (o.signal || o.value < 0) return describe(o, buffer, size);
    if (api == Api::clock_getres) snprintf(buffer, size, "%ld ns", o.value);
    else snprintf(buffer, size, "%ld", o.value);  // 0, or a bare positive errno
    return buffer;
}

// Every clock id the kernel has ever defined, and the unassigned 12-15: the vDSO path and libvrt
// against the system call, each call in a child.
void every_clock_id(Report &report, const Paths &paths) {
    const Api clock_apis[] = {Api::clock_gettime, Api::clock_getres};
    const Path judged[] = {via_vdso, via_libvrt};
    for (Api api : clock_apis) {
        Outcome kernel[clock_count];
        for (clockid_t id = 0; id < clock_count; ++id) {
            Case k = {&paths, api, via_syscall, id, nullptr};
            kernel[id] = run_in_child(clock_id_outcome, &k);
        }
        for (Path p : judged) {
            char name[48];
            snprintf(name, sizeof name, "%s-%s", api_names[static_cast<int>(api)], path_names[p]);
            Check &c = report.add(name, "every-clock-id");
            if (!available(paths, api, p)) {
                c.skipped = "not in this vDSO";
                continue;
            }
            long known = 0;  // failures that are the kernel's known auxiliary-clock defect
            for (clockid_t id = 0; id < clock_count; ++id) {
                Case k = {&paths, api, p, id, nullptr};
                Outcome o = run_in_child(clock_id_outcome, &k);
                ++c.cases;
                bool same = o.ran && kernel[id].ran && !o.signal && !kernel[id].signal &&
                            o.value == kernel[id].value;
                if (same) continue;
                bool defect = api == Api::clock_getres && p == via_vdso && o.ran && kernel[id].ran && !o.signal &&
                              !kernel[id].signal &&
                              is_aux_getres_defect(id, o.value < 0 ? static_cast<int>(o.value) : 0,
                                                   static_cast<int>(kernel[id].value));
                // The note tells the first failure that is not the known defect, if there is one.
                if (!defect && c.failures == known) {
                    char seen[32], expected[32];
                    snprintf(c.note, sizeof c.note, "clock %d (%s) gave %s, the syscall %s", id, clock_name(id),
                             describe_clock_outcome(api, o, seen, sizeof seen),
                             describe_clock_outcome(api, kernel[id], expected, sizeof expected));
                }
                ++c.failures;
                if (defect) ++known;
            }
            if (c.failures && known == c.failures)
                snprintf(c.note, sizeof c.note, "%ld auxiliary clocks: %s", known, known_aux_getres_defect);
        }
    }
}

struct Pointer {
    const char *name;
    void *address;
};

void bad_pointers(Report &report, const Paths &paths) {
    char *none = static_cast<char *>(mmap(nullptr, 4096, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0));
    char *read_only = static_cast<char *>(mmap(nullptr, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0));
    const Pointer pointers[] = {
        {"null", nullptr},
        {"all-ones", reinterpret_cast<void *>(~0UL)},
        {"prot-none", none == MAP_FAILED ? nullptr : none},
        {"read-only", read_only == MAP_FAILED ? nullptr : read_only},
    };
    for (const Pointer &ptr : pointers) {
        if (!ptr.address && ptr.name[0] != 'n') continue;
        const Api apis[] = {Api::clock_gettime, Api::clock_getres, Api::gettimeofday, Api::getcpu};
        for (Api api : apis) {
            // POSIX and the kernel let these take NULL: it means "don't tell me".
            bool null_allowed = !ptr.address && api != Api::clock_gettime;
            for (int p = 0; p < path_count; ++p) {
                char name[48];
                snprintf(name, sizeof name, "%s-%s", api_names[static_cast<int>(api)], path_names[p]);
                char test[48];
                snprintf(test, sizeof test, "%s-pointer", ptr.name);
                Check &c = report.add(name, test);
                if (!available(paths, api, static_cast<Path>(p))) {
                    c.skipped = "not in this vDSO";
                    continue;
                }
                Case k = {&paths, api, static_cast<Path>(p), CLOCK_MONOTONIC, ptr.address};
                Outcome o = run_in_child(call, &k);
                c.cases = 1;
                char seen[32];
                describe(o, seen, sizeof seen);
                snprintf(c.note, sizeof c.note, "%s", seen);
                bool ok;
                if (!o.ran) ok = false;
                else if (null_allowed) ok = !o.signal && o.value == 0;
                else if (p == via_syscall) ok = !o.signal && o.value == -EFAULT;
                // libvrt checks NULL itself before it calls the vDSO (README, "Errors").
                else if (p == via_libvrt && !ptr.address) ok = !o.signal && o.value == -EFAULT;
                // A store to an unmapped or misaligned address: SIGSEGV, or SIGBUS where the
                // CPU raises an alignment or address fault first (MIPS, arm compat tasks).
                else ok = o.signal == SIGSEGV || o.signal == SIGBUS || (!o.signal && o.value == -EFAULT);
                if (!o.signal && o.value > 0) ok = false;  // a bare positive errno
                if (!ok) c.failures = 1;
            }
        }
    }
    if (none != MAP_FAILED) munmap(none, 4096);
    if (read_only != MAP_FAILED) munmap(read_only, 4096);
}

}  // namespace

void run_abi_checks(Report &report, const Paths &paths) {
    bad_clock_ids(report, paths);
    every_clock_id(report, paths);
    bad_pointers(report, paths);
}

int run_abi(const Options &options) {
    static Report report("abi");
    run_abi_checks(report, real_paths);
    run_getrandom_abi_checks(report);
    return report.finish(options.json, options.verbose);
}

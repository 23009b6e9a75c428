// The time functions' way to the clock: the vDSO function libvrt resolved (vdso/resolved.h),
// else the system call (sys/time_syscalls.h). All return 0 or -errno; the C shells in libc/time/
// and libc/sched/ turn that into errno once.
//
// The policy the C libraries with a vDSO path converged on: 0 is success; -EINVAL from
// the vDSO is final (the vDSO already asked the kernel for a clock it does not serve); any other
// failure, or no vDSO function, is retried with the system call. The arch's call_vdso turns
// PowerPC's CR0.SO convention into -errno.
#pragma once

#include <asm/errno.h>

#include "sys/long_time.h"
#include "sys/time_syscalls.h"
#include "vdso/resolved.h"
#include "vdso_arch.h"

namespace vrt::vdso {

// Only the vDSO: -ENOSYS where it lacks the function (what vrt_vdso_* return).
inline long call_clock_gettime(clockid_t clock, struct timespec *ts) {
    const void *f = resolved.functions.clock_gettime;
    return f ? arch::call_vdso<int>(f, clock, ts) : -ENOSYS;
}

inline long call_clock_getres(clockid_t clock, struct timespec *res) {
    const void *f = resolved.functions.clock_getres;
    return f ? arch::call_vdso<int>(f, clock, res) : -ENOSYS;
}

// The vDSO's gettimeofday fills a struct timeval of C longs: 32-bit seconds on 32-bit arches.
inline long call_gettimeofday(struct timeval *tv, struct timezone *tz) {
    const void *f = resolved.functions.gettimeofday;
    if (!f) return -ENOSYS;
    if constexpr (long_is_64_bits) return arch::call_vdso<int>(f, tv, tz);
    LongTimeval narrow;
    int r = arch::call_vdso<int>(f, tv ? &narrow : nullptr, tz);
    if (r == 0 && tv) widen(narrow, tv);
    return r;
}

// The time in seconds, or -ENOSYS. Its argument is a C long, so it is not handed the caller's.
inline long long call_time(time_t *t) {
    const void *f = resolved.functions.time;
    if (!f) return -ENOSYS;
    time_t now = arch::call_vdso<long>(f, static_cast<long *>(nullptr));
    if (t) *t = now;
    return now;
}

inline long call_getcpu(unsigned int *cpu, unsigned int *node) {
    const void *f = resolved.functions.getcpu;
    return f ? arch::call_vdso<int>(f, cpu, node, static_cast<void *>(nullptr)) : -ENOSYS;
}

// The vDSO, then the kernel. The hot path is one indirect call and a compare.
namespace dispatch {

[[gnu::always_inline]] inline long clock_gettime(clockid_t clock, struct timespec *ts) {
    if (const void *f = resolved.functions.clock_gettime) {
        int r = arch::call_vdso<int>(f, clock, ts);
        if (r == 0 || r == -EINVAL) return r;
    }
    return kernel::clock_gettime(clock, ts);
}

// Linux 6.17 added the auxiliary clocks, ids CLOCK_AUX (16) to CLOCK_AUX_LAST (23)
// (include/uapi/linux/time.h). The vDSO's clock_getres answers 1 ns for every one of them
// without asking whether this kernel has them (lib/vdso/gettimeofday.c: the VDSO_AUX branch of
// __cvdso_clock_getres_common), while the system call fails with EINVAL in a kernel built
// without CONFIG_POSIX_AUX_CLOCKS (kernel/time/posix-timers.c: no entry in posix_clocks[]).
// Only the kernel knows, so their resolution is asked of it; clock_getres is not a hot call.
// (The vDSO's clock_gettime is right for them: it hands a clock that is off to the kernel.)
constexpr clockid_t first_aux_clock = 16, last_aux_clock = 23;

inline bool vdso_knows_resolution(clockid_t clock) {
    return clock < first_aux_clock || clock > last_aux_clock;
}

[[gnu::always_inline]] inline long clock_getres(clockid_t clock, struct timespec *res) {
    if (vdso_knows_resolution(clock)) {
        long r = call_clock_getres(clock, res);
        if (r == 0 || r == -EINVAL) return r;
    }
    return kernel::clock_getres(clock, res);
}

// Where C long is 32 bits the vDSO's own gettimeofday returns 32-bit seconds, which end in 2038,
// so there the time is read from the time64 clock instead; the timezone, a kernel setting that
// clock does not carry, from the system call.
[[gnu::always_inline]] inline long gettimeofday(struct timeval *tv, struct timezone *tz) {
    if constexpr (long_is_64_bits) {
        const void *f = resolved.functions.gettimeofday;
        if (f && arch::call_vdso<int>(f, tv, tz) == 0) return 0;
        return kernel::gettimeofday(tv, tz);
    }
    if (tv) {
        struct timespec ts;
        long r = dispatch::clock_gettime(CLOCK_REALTIME, &ts);
        if (r != 0) return r;
        tv->tv_sec = ts.tv_sec;
        tv->tv_usec = ts.tv_nsec / 1000;
    }
    return tz ? kernel::gettimeofday(nullptr, tz) : 0;
}

[[gnu::always_inline]] inline long getcpu(unsigned int *cpu, unsigned int *node) {
    const void *f = resolved.functions.getcpu;
    if (f && arch::call_vdso<int>(f, cpu, node, static_cast<void *>(nullptr)) == 0) return 0;
    return kernel::getcpu(cpu, node);
}

}  // namespace dispatch
}  // namespace vrt::vdso

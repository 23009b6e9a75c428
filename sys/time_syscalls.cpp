// The time system calls behind vrt::kernel::clock_gettime and its kin (sys/time_syscalls.h).
#include "sys/time_syscalls.h"

#include <asm/errno.h>

#include "sys/long_time.h"
#include "sys/system_call.h"

namespace vrt::kernel {

namespace {

long time64_or_time32(long nr64, long nr32, clockid_t clock, struct timespec *ts) {
    long r = syscall(nr64, clock, ts);
    if constexpr (!long_is_64_bits) {
        if (r == -ENOSYS && nr32 >= 0) {
            LongTimespec narrow;
            r = syscall(nr32, clock, ts ? &narrow : nullptr);
            if (r == 0 && ts) widen(narrow, ts);
        }
    }
    return r;
}

}  // namespace

long clock_gettime(clockid_t clock, struct timespec *ts) {
    return time64_or_time32(arch::syscall_policy.nr_clock_gettime, arch::syscall_policy.nr_clock_gettime_time32, clock, ts);
}

long clock_getres(clockid_t clock, struct timespec *res) {
    return time64_or_time32(arch::syscall_policy.nr_clock_getres, arch::syscall_policy.nr_clock_getres_time32, clock, res);
}

// Where C long is 32 bits, the time32 gettimeofday(2) would need a bounce buffer that we, not
// the kernel, copy out of, turning a bad pointer's EFAULT into a fault. Instead the kernel writes
// the caller's struct timeval itself, through the time64 clock_gettime(CLOCK_REALTIME): its
// 16-byte struct __kernel_timespec has the same two 64-bit fields, and the nanoseconds become
// microseconds in place. The timezone, which that call does not carry, comes from gettimeofday(2).
long gettimeofday(struct timeval *tv, struct timezone *tz) {
    if constexpr (long_is_64_bits) return syscall(__NR_gettimeofday, tv, tz);
    static_assert(sizeof(struct timeval) == 16, "the time64 timespec must fit a timeval exactly");
    if (tv) {
        long r = syscall(arch::syscall_policy.nr_clock_gettime, CLOCK_REALTIME, tv);
        if (r == -ENOSYS) {  // before Linux 5.1
            LongTimeval narrow;
            r = syscall(__NR_gettimeofday, &narrow, nullptr);
            if (r == 0) widen(narrow, tv);
        } else if (r == 0) {
            tv->tv_usec /= 1000;
        }
        if (r != 0) return r;
    }
    return tz ? syscall(__NR_gettimeofday, nullptr, tz) : 0;
}

// time(2)'s argument is a C long on 32-bit arches, so it is never handed our 64-bit time_t.
// Where there is no time(2), the coarse realtime clock stands in: it is what time(2) reads
// (ktime_get_real_seconds), so both agree with time() even at a second's edge.
long long time(time_t *t) {
    time_t now;
    if constexpr (arch::syscall_policy.nr_time >= 0) {
        now = syscall(arch::syscall_policy.nr_time, nullptr);
    } else {
        struct timespec ts;
        long r = kernel::clock_gettime(CLOCK_REALTIME_COARSE, &ts);
        if (r < 0) return r;
        now = ts.tv_sec;
    }
    if (t) *t = now;
    return now;
}

long getcpu(unsigned int *cpu, unsigned int *node) { return syscall(__NR_getcpu, cpu, node, nullptr); }

}  // namespace vrt::kernel

// vrt_sys_*: only the kernel. On 32-bit arches the time64 system calls come first and the time32
// ones are tried only when the kernel lacks those (ENOSYS, before Linux 5.1).
#include <asm/errno.h>

#include "sys/system_call.h"
#include "sys/long_time.h"
#include <vrt/vdso.h>

namespace {

long time64_or_time32(long nr64, long nr32, clockid_t clock, struct timespec *ts) {
    long r = vrt::syscall(nr64, clock, ts);
    if constexpr (!vrt::long_is_64_bits) {
        if (r == -ENOSYS && nr32 >= 0) {
            vrt::LongTimespec narrow;
            r = vrt::syscall(nr32, clock, ts ? &narrow : nullptr);
            if (r == 0 && ts) vrt::widen(narrow, ts);
        }
    }
    return r;
}

}  // namespace

extern "C" {

int vrt_sys_clock_gettime(clockid_t clock, struct timespec *ts) {
    return static_cast<int>(time64_or_time32(vrt::arch::nr_clock_gettime,
                                             vrt::arch::nr_clock_gettime_time32, clock, ts));
}

int vrt_sys_clock_getres(clockid_t clock, struct timespec *res) {
    return static_cast<int>(time64_or_time32(vrt::arch::nr_clock_getres,
                                             vrt::arch::nr_clock_getres_time32, clock, res));
}

// Where C long is 32 bits, the time32 gettimeofday(2) would need a bounce buffer that we, not
// the kernel, copy out of, turning a bad pointer's EFAULT into a fault. Instead the kernel writes
// the caller's struct timeval itself, through the time64 clock_gettime(CLOCK_REALTIME): its
// 16-byte struct __kernel_timespec has the same two 64-bit fields, and the nanoseconds become
// microseconds in place. The timezone, which that call does not carry, comes from gettimeofday(2).
int vrt_sys_gettimeofday(struct timeval *tv, struct timezone *tz) {
    if constexpr (vrt::long_is_64_bits) return static_cast<int>(vrt::syscall(__NR_gettimeofday, tv, tz));
    static_assert(sizeof(struct timeval) == 16, "the time64 timespec must fit a timeval exactly");
    if (tv) {
        long r = vrt::syscall(vrt::arch::nr_clock_gettime, CLOCK_REALTIME, tv);
        if (r == -ENOSYS) {  // before Linux 5.1
            vrt::LongTimeval narrow;
            r = vrt::syscall(__NR_gettimeofday, &narrow, nullptr);
            if (r == 0) vrt::widen(narrow, tv);
        } else if (r == 0) {
            tv->tv_usec /= 1000;
        }
        if (r != 0) return static_cast<int>(r);
    }
    return tz ? static_cast<int>(vrt::syscall(__NR_gettimeofday, nullptr, tz)) : 0;
}

// time(2)'s argument is a C long on 32-bit arches, so it is never handed our 64-bit time_t.
// Where there is no time(2), the coarse realtime clock stands in: it is what time(2) reads
// (ktime_get_real_seconds), so both agree with time() even at a second's edge.
time_t vrt_sys_time(time_t *t) {
    time_t now;
    if constexpr (vrt::arch::nr_time >= 0) {
        now = vrt::syscall(vrt::arch::nr_time, nullptr);
    } else {
        struct timespec ts;
        long r = vrt_sys_clock_gettime(CLOCK_REALTIME_COARSE, &ts);
        if (r < 0) return r;
        now = ts.tv_sec;
    }
    if (t) *t = now;
    return now;
}

int vrt_sys_getcpu(unsigned int *cpu, unsigned int *node) {
    return static_cast<int>(vrt::syscall(__NR_getcpu, cpu, node, nullptr));
}

}

// gettimeofday(2) and time(2). Where C `long` is 32 bits the vDSO's own gettimeofday and time
// return 32-bit seconds, which end in 2038, so there both are read from the time64 clock instead.
#include <asm/errno.h>

#include "sys/errno.h"
#include "sys/syscall.h"
#include "vdso/live.h"
#include "vdso/long_time.h"
#include "vdso_arch.h"
#include "vrt/time.h"
#include "vrt/vdso.h"

extern "C" {

int gettimeofday(struct timeval *tv, struct timezone *tz) {
    if constexpr (vrt::long_is_64_bits) {
        const void *f = vrt::vdso::live.functions.gettimeofday;
        if (f && vrt::arch::call_vdso<int>(f, tv, tz) == 0) return 0;
        return static_cast<int>(vrt::syscall_return(vrt_sys_gettimeofday(tv, tz)));
    }
    if (tv) {
        struct timespec ts;
        if (clock_gettime(CLOCK_REALTIME, &ts) != 0) return -1;
        tv->tv_sec = ts.tv_sec;
        tv->tv_usec = ts.tv_nsec / 1000;
    }
    // The timezone is a kernel setting the time64 clock does not carry.
    if (tz) return static_cast<int>(vrt::syscall_return(vrt::syscall(__NR_gettimeofday, nullptr, tz)));
    return 0;
}

// The vDSO's time() where C long is 64-bit and it has one; else the coarse realtime clock,
// which the vDSO serves too: time() never enters the kernel when a vDSO is there.
time_t time(time_t *t) {
    time_t now;
    const void *f = vrt::vdso::live.functions.time;
    if (vrt::long_is_64_bits && f) {
        now = vrt::arch::call_vdso<long>(f, static_cast<long *>(nullptr));
    } else {
        struct timespec ts = {};
        clock_gettime(CLOCK_REALTIME_COARSE, &ts);
        now = ts.tv_sec;
    }
    if (t) *t = now;
    return now;
}

}

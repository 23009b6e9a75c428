// gettimeofday(2) and time(2). Where C `long` is 32 bits the vDSO's own gettimeofday and time
// return 32-bit seconds, which end in 2038, so there both are read from the time64 clock instead.
#include <asm/errno.h>

#include "libc/errno/errno_boundary.h"
#include "sys/system_call.h"
#include "vdso/resolved.h"
#include "sys/long_time.h"
#include "vdso_arch.h"
#include <vrt/time.h>
#include <vrt/vdso.h>

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
// which the vDSO serves too: time() never enters the kernel when a vDSO is there. The vDSO's
// time stores through its argument itself (x86 and PowerPC alike), so `t` is handed on and the
// call is a tail call: nothing of libvrt's runs after it.
// (The fallback is a function of its own so that the vDSO path sets up no stack frame.)
[[gnu::noinline]] static time_t time_from_coarse_clock(time_t *t) {
    struct timespec ts = {};
    clock_gettime(CLOCK_REALTIME_COARSE, &ts);
    if (t) *t = ts.tv_sec;
    return ts.tv_sec;
}

time_t time(time_t *t) {
    const void *f = vrt::vdso::live.functions.time;
    if (vrt::long_is_64_bits && f) return vrt::arch::call_vdso<long>(f, reinterpret_cast<long *>(t));
    return time_from_coarse_clock(t);
}

}

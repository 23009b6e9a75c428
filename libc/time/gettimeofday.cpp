// gettimeofday(2) and time(2): the vDSO, then the system call (vdso/dispatch.h).
#include <vrt/time.h>

#include "libc/errno/c_result.h"
#include "vdso/dispatch.h"

extern "C" {

// Success, the hot path, never reaches the errno boundary.
int gettimeofday(struct timeval *tv, struct timezone *tz) {
    long r = vrt::vdso::dispatch::gettimeofday(tv, tz);
    return r == 0 ? 0 : vrt::c_result(r);
}

// The vDSO's time() where C long is 64-bit and it has one; else the coarse realtime clock,
// which the vDSO serves too: time() never enters the kernel when a vDSO is there. The vDSO's
// time stores through its argument itself (x86 and PowerPC alike), so `t` is handed on and the
// call is a tail call: nothing of libvrt's runs after it. That is why time() reads the resolved
// pointer itself rather than through vdso/dispatch.h, whose result it would have to check.
// (The fallback is a function of its own so that the vDSO path sets up no stack frame.)
[[gnu::noinline]] static time_t time_from_coarse_clock(time_t *t) {
    struct timespec ts = {};
    long r = vrt::vdso::dispatch::clock_gettime(CLOCK_REALTIME_COARSE, &ts);
    if (r != 0) return vrt::syscall_return(r);
    if (t) *t = ts.tv_sec;
    return ts.tv_sec;
}

time_t time(time_t *t) {
    const void *f = vrt::vdso::resolved.functions.time;
    if (vrt::long_is_64_bits && f) return vrt::arch::call_vdso<long>(f, reinterpret_cast<long *>(t));
    return time_from_coarse_clock(t);
}

}

// vrt_vdso_*: only the vDSO, -ENOSYS where it lacks the function; results in the kernel's -errno
// convention (the arch's call_vdso turns PowerPC's CR0.SO convention into it).
#include <asm/errno.h>

#include "vdso/resolved.h"
#include "sys/long_time.h"
#include "vdso_arch.h"
#include <vrt/vdso.h>

using vrt::vdso::live;

extern "C" {

int vrt_vdso_clock_gettime(clockid_t clock, struct timespec *ts) {
    const void *f = live.functions.clock_gettime;
    return f ? vrt::arch::call_vdso<int>(f, clock, ts) : -ENOSYS;
}

int vrt_vdso_clock_getres(clockid_t clock, struct timespec *res) {
    const void *f = live.functions.clock_getres;
    return f ? vrt::arch::call_vdso<int>(f, clock, res) : -ENOSYS;
}

int vrt_vdso_gettimeofday(struct timeval *tv, struct timezone *tz) {
    const void *f = live.functions.gettimeofday;
    if (!f) return -ENOSYS;
    if constexpr (vrt::long_is_64_bits) return vrt::arch::call_vdso<int>(f, tv, tz);
    vrt::LongTimeval narrow;
    int r = vrt::arch::call_vdso<int>(f, tv ? &narrow : nullptr, tz);
    if (r == 0 && tv) vrt::widen(narrow, tv);
    return r;
}

time_t vrt_vdso_time(time_t *t) {
    const void *f = live.functions.time;
    if (!f) return -ENOSYS;
    time_t now = vrt::arch::call_vdso<long>(f, static_cast<long *>(nullptr));
    if (t) *t = now;
    return now;
}

int vrt_vdso_getcpu(unsigned int *cpu, unsigned int *node) {
    const void *f = live.functions.getcpu;
    return f ? vrt::arch::call_vdso<int>(f, cpu, node, static_cast<void *>(nullptr)) : -ENOSYS;
}

}

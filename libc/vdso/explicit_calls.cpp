// vrt_vdso_* (only the vDSO, -ENOSYS where it lacks the function) and vrt_sys_* (only the
// kernel): thin C shells over vdso/dispatch.h and sys/time_syscalls.h. Results stay in the
// kernel's -errno convention, as include/vrt/vdso.h promises: these never touch errno.
#include <vrt/vdso.h>

#include "sys/time_syscalls.h"
#include "vdso/dispatch.h"

extern "C" {

int vrt_vdso_clock_gettime(clockid_t clock, struct timespec *ts) {
    return static_cast<int>(vrt::vdso::call_clock_gettime(clock, ts));
}
int vrt_vdso_clock_getres(clockid_t clock, struct timespec *res) {
    return static_cast<int>(vrt::vdso::call_clock_getres(clock, res));
}
int vrt_vdso_gettimeofday(struct timeval *tv, struct timezone *tz) {
    return static_cast<int>(vrt::vdso::call_gettimeofday(tv, tz));
}
time_t vrt_vdso_time(time_t *t) { return vrt::vdso::call_time(t); }
int vrt_vdso_getcpu(unsigned int *cpu, unsigned int *node) {
    return static_cast<int>(vrt::vdso::call_getcpu(cpu, node));
}

int vrt_sys_clock_gettime(clockid_t clock, struct timespec *ts) {
    return static_cast<int>(vrt::kernel::clock_gettime(clock, ts));
}
int vrt_sys_clock_getres(clockid_t clock, struct timespec *res) {
    return static_cast<int>(vrt::kernel::clock_getres(clock, res));
}
int vrt_sys_gettimeofday(struct timeval *tv, struct timezone *tz) {
    return static_cast<int>(vrt::kernel::gettimeofday(tv, tz));
}
time_t vrt_sys_time(time_t *t) { return vrt::kernel::time(t); }
int vrt_sys_getcpu(unsigned int *cpu, unsigned int *node) {
    return static_cast<int>(vrt::kernel::getcpu(cpu, node));
}

}

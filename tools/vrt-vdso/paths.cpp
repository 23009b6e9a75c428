#include "paths.h"

#include <asm/errno.h>

#include <vrt/errno.h>
#include <vrt/sched.h>
#include <vrt/vdso.h>

const char *const path_names[path_count] = {"vdso", "syscall", "libvrt"};

namespace {

// libvrt's libc functions, turned from -1 and errno into -errno like the other two paths.
int libvrt_clock_gettime(clockid_t c, struct timespec *ts) { return clock_gettime(c, ts) ? -errno : 0; }
int libvrt_clock_getres(clockid_t c, struct timespec *ts) { return clock_getres(c, ts) ? -errno : 0; }
int libvrt_gettimeofday(struct timeval *tv, struct timezone *tz) { return gettimeofday(tv, tz) ? -errno : 0; }
int libvrt_getcpu(unsigned *cpu, unsigned *node) { return getcpu(cpu, node) ? -errno : 0; }

}  // namespace

const Paths real_paths = {
    {vrt_vdso_clock_gettime, vrt_sys_clock_gettime, libvrt_clock_gettime},
    {vrt_vdso_clock_getres, vrt_sys_clock_getres, libvrt_clock_getres},
    {vrt_vdso_gettimeofday, vrt_sys_gettimeofday, libvrt_gettimeofday},
    {vrt_vdso_time, vrt_sys_time, time},
    {vrt_vdso_getcpu, vrt_sys_getcpu, libvrt_getcpu},
};

const char *clock_name(clockid_t clock) {
    static const char *const names[clock_count] = {
        "REALTIME", "MONOTONIC", "PROCESS_CPUTIME_ID", "THREAD_CPUTIME_ID", "MONOTONIC_RAW", "REALTIME_COARSE",
        "MONOTONIC_COARSE", "BOOTTIME", "REALTIME_ALARM", "BOOTTIME_ALARM", "SGI_CYCLE", "TAI",
        "ID_12", "ID_13", "ID_14", "ID_15",
        "AUX_0", "AUX_1", "AUX_2", "AUX_3", "AUX_4", "AUX_5", "AUX_6", "AUX_7"};
    return clock >= 0 && clock < clock_count ? names[clock] : "?";
}

bool is_aux_getres_defect(clockid_t clock, int vdso_result, int syscall_result) {
    return clock >= 16 && clock <= 23 && vdso_result == 0 && syscall_result == -EINVAL;
}

const char known_aux_getres_defect[] =
    "known kernel defect: the vDSO's clock_getres answers for auxiliary clocks the kernel lacks";

long long to_ns(const struct timespec &ts) { return ts.tv_sec * 1000000000LL + ts.tv_nsec; }

long long now_ns() {
    struct timespec ts;
    if (vrt_vdso_clock_gettime(CLOCK_MONOTONIC, &ts) != 0) vrt_sys_clock_gettime(CLOCK_MONOTONIC, &ts);
    return to_ns(ts);
}

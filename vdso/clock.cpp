// clock_gettime(2) and clock_getres(2) through the vDSO: 0 is success; -EINVAL from the vDSO is
// final (the kernel's lib/vdso/gettimeofday.c hands every clock it does not serve to the system
// call, so its -EINVAL is already the kernel's answer); any other failure, or no vDSO function,
// is retried with the system call.
#include <asm/errno.h>

#include "sys/c_result.h"
#include "sys/errno.h"
#include "vdso/live.h"
#include "vdso_arch.h"
#include "vrt/time.h"
#include "vrt/vdso.h"

namespace {

// Linux 6.17 added the auxiliary clocks, ids CLOCK_AUX (16) to CLOCK_AUX_LAST (23)
// (include/uapi/linux/time.h). The vDSO's clock_getres answers 1 ns for every one of them
// without asking whether this kernel has them (lib/vdso/gettimeofday.c: the VDSO_AUX branch of
// __cvdso_clock_getres_common), while the system call fails with EINVAL in a kernel built
// without CONFIG_POSIX_AUX_CLOCKS (kernel/time/posix-timers.c: no entry in posix_clocks[]).
// Only the kernel knows, so their resolution is asked of it; clock_getres is not a hot call.
// (The vDSO's clock_gettime is right for them: it hands a clock that is off to the kernel.)
constexpr clockid_t first_aux_clock = 16, last_aux_clock = 23;

bool vdso_knows_resolution(clockid_t clock) { return clock < first_aux_clock || clock > last_aux_clock; }

int resolution(clockid_t clock, struct timespec *res) {
    if (vdso_knows_resolution(clock)) {
        int r = vrt_vdso_clock_getres(clock, res);
        if (r == 0 || r == -EINVAL) return r;
    }
    return vrt_sys_clock_getres(clock, res);
}

}  // namespace

extern "C" {

// The hot path calls the resolved vDSO pointer itself: one indirect call, nothing in between.
int clock_gettime(clockid_t clock, struct timespec *ts) {
    if (!ts) return static_cast<int>(vrt::fail_with(EFAULT));
    if (const void *f = vrt::vdso::live.functions.clock_gettime) {
        int r = vrt::arch::call_vdso<int>(f, clock, ts);
        if (r == 0) return 0;
        if (r == -EINVAL) return static_cast<int>(vrt::fail_with(EINVAL));
    }
    return static_cast<int>(vrt::syscall_return(vrt_sys_clock_gettime(clock, ts)));
}

int clock_getres(clockid_t clock, struct timespec *res) { return vrt::c_result(resolution(clock, res)); }

}

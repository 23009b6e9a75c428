// clock_gettime(2) and clock_getres(2) through the vDSO, with the policy every peer converged on
// (../shared/design/vdso-abi.md): 0 is success; -EINVAL from the vDSO is final (the vDSO already
// asked the kernel for a clock it does not serve); any other failure, or no vDSO function, is
// retried with the system call.
#include <asm/errno.h>

#include "libc/errno/errno_boundary.h"
#include "vdso/resolved.h"
#include "vdso_arch.h"
#include <vrt/time.h>
#include <vrt/vdso.h>

extern "C" {

// The hot path calls the resolved vDSO pointer itself: one indirect call, nothing in between.
int clock_gettime(clockid_t clock, struct timespec *ts) {
    if (!ts) return vrt::fail_with(EFAULT);
    if (const void *f = vrt::vdso::live.functions.clock_gettime) {
        int r = vrt::arch::call_vdso<int>(f, clock, ts);
        if (r == 0) return 0;
        if (r == -EINVAL) return vrt::fail_with(EINVAL);
    }
    return static_cast<int>(vrt::syscall_return(vrt_sys_clock_gettime(clock, ts)));
}

int clock_getres(clockid_t clock, struct timespec *res) {
    int r = vrt_vdso_clock_getres(clock, res);
    if (r == 0) return 0;
    if (r == -EINVAL) return vrt::fail_with(EINVAL);
    return static_cast<int>(vrt::syscall_return(vrt_sys_clock_getres(clock, res)));
}

}

// clock_gettime(2) and clock_getres(2): the vDSO, then the system call (vdso/dispatch.h).
#include <vrt/time.h>

#include <asm/errno.h>

#include "libc/errno/errno_boundary.h"
#include "vdso/dispatch.h"

extern "C" {

// The hot path is the resolved vDSO pointer's call and one compare: success never reaches
// the errno boundary.
int clock_gettime(clockid_t clock, struct timespec *ts) {
    if (!ts) return vrt::fail_with(EFAULT);
    long r = vrt::vdso::dispatch::clock_gettime(clock, ts);
    return r == 0 ? 0 : static_cast<int>(vrt::syscall_return(r));
}

int clock_getres(clockid_t clock, struct timespec *res) {
    long r = vrt::vdso::dispatch::clock_getres(clock, res);
    return r == 0 ? 0 : static_cast<int>(vrt::syscall_return(r));
}

}

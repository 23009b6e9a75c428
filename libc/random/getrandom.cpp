// getrandom(2), served by the vDSO where the kernel offers it (vdso/getrandom.h), and the two
// explicit paths of <vrt/vdso.h>.
#include "sys/errno.h"
#include "sys/kernel.h"
#include "vdso/getrandom.h"
#include "vrt/random.h"
#include "vrt/vdso.h"

extern "C" {

ssize_t getrandom(void *buf, size_t n, unsigned int flags) {
    long r = vrt::vdso::random_bytes(buf, n, flags);
    return r >= 0 ? r : vrt::syscall_return(r);
}

ssize_t vrt_vdso_getrandom(void *buf, size_t n, unsigned int flags) {
    return vrt::vdso::vdso_random_bytes(buf, n, flags);
}

ssize_t vrt_sys_getrandom(void *buf, size_t n, unsigned int flags) {
    return vrt::kernel::getrandom(buf, n, flags);
}

}

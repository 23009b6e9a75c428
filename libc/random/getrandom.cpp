// getrandom(2).
#include "libc/errno/errno_boundary.h"
#include "sys/kernel.h"

extern "C" long getrandom(void *buf, size_t n, unsigned flags) {
    return vrt::syscall_return(vrt::kernel::getrandom(buf, n, flags));
}

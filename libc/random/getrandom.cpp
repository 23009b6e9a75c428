// getrandom(2).
#include "sys/errno.h"
#include "sys/kernel.h"

extern "C" long getrandom(void *buf, size_t n, unsigned flags) {
    return vrt::syscall_return(vrt::kernel::getrandom(buf, n, flags));
}

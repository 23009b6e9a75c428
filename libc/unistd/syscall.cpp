// libc's long syscall(long number, ...): six word-sized arguments are always read (extra ones
// are harmless on every ABI we support); a kernel error becomes -1 and errno.
#include <stdarg.h>

#include "libc/errno/errno_boundary.h"
#include "sys/system_call.h"

extern "C" long syscall(long number, ...) {
    va_list ap;
    va_start(ap, number);
    long a = va_arg(ap, long), b = va_arg(ap, long), c = va_arg(ap, long);
    long d = va_arg(ap, long), e = va_arg(ap, long), f = va_arg(ap, long);
    va_end(ap);
    return vrt::syscall_return(vrt::arch::syscall6(number, a, b, c, d, e, f));
}

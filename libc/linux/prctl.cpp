// prctl(2): the four optional arguments are read as unsigned longs, whatever the option uses.
#include <stdarg.h>

#include "libc/errno/c_result.h"
#include "sys/kernel.h"

extern "C" int prctl(int option, ...) {
    va_list ap;
    va_start(ap, option);
    unsigned long a = va_arg(ap, unsigned long), b = va_arg(ap, unsigned long);
    unsigned long c = va_arg(ap, unsigned long), d = va_arg(ap, unsigned long);
    va_end(ap);
    return vrt::c_result(vrt::kernel::prctl(option, a, b, c, d));
}

// The machine-wide calls an init needs: reboot(2), sethostname(2), prctl(2).
#include <linux/reboot.h>
#include <stdarg.h>

#include "libc/errno/c_result.h"
#include "sys/kernel.h"

extern "C" {

int reboot(int command) {
    long r = vrt::kernel::reboot(LINUX_REBOOT_MAGIC1, LINUX_REBOOT_MAGIC2, static_cast<unsigned>(command),
                                 nullptr);
    return vrt::c_result(r);
}

int sethostname(const char *name, size_t length) {
    return vrt::c_result(vrt::kernel::sethostname(name, length));
}

int prctl(int option, ...) {
    va_list ap;
    va_start(ap, option);
    unsigned long a = va_arg(ap, unsigned long), b = va_arg(ap, unsigned long);
    unsigned long c = va_arg(ap, unsigned long), d = va_arg(ap, unsigned long);
    va_end(ap);
    return vrt::c_result(vrt::kernel::prctl(option, a, b, c, d));
}

}

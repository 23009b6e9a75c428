// sethostname(2).
#include "libc/errno/c_result.h"
#include "sys/kernel.h"

extern "C" int sethostname(const char *name, size_t length) {
    return vrt::c_result(vrt::kernel::sethostname(name, length));
}

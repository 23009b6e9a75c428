// getauxval(3) over the auxiliary vector the start code kept.
#include <asm/errno.h>

#include "crt/process.h"
#include "libc/errno/errno_boundary.h"

extern "C" unsigned long getauxval(unsigned long type) {
    uintptr_t value;
    if (vrt::find_aux(vrt::process.auxv, type, &value)) return value;
    vrt::fail_with(ENOENT);
    return 0;
}

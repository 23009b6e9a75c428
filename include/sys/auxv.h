/* getauxval(3) (sys/auxv.h); the AT_* names are the kernel's (linux/auxvec.h). */
#ifndef VRT_SYS_AUXV_H
#define VRT_SYS_AUXV_H

#include <linux/auxvec.h>
#include <vrt/cdefs.h>

VRT_BEGIN_DECLS
/* The value of an auxiliary vector entry; 0 with errno ENOENT when the kernel did not pass it. */
unsigned long getauxval(unsigned long type);
VRT_END_DECLS

#endif

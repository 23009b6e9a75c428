/* errno through the libc ABI's __errno_location(), so code written against any libc's
 * <errno.h> links with libvrt. The E* constants are the kernel's own (asm/errno.h). */
#ifndef VRT_ERRNO_H
#define VRT_ERRNO_H

#include <asm/errno.h>
#include <vrt/cdefs.h>

VRT_BEGIN_DECLS
int *__errno_location(void);
VRT_END_DECLS

#define errno (*__errno_location())

#endif

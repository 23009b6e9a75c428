/* getrandom(2); GRND_NONBLOCK, GRND_RANDOM and GRND_INSECURE are the kernel's (linux/random.h). */
#ifndef VRT_SYS_RANDOM_H
#define VRT_SYS_RANDOM_H

#include <bits/types.h>
#include <linux/random.h>
#include <vrt/cdefs.h>

VRT_BEGIN_DECLS
/* The number of bytes written (fewer than asked only for large requests or when interrupted),
 * or -1 with errno. */
ssize_t getrandom(void *buffer, size_t length, unsigned int flags);
VRT_END_DECLS

#endif

#ifndef VRT_RANDOM_H
#define VRT_RANDOM_H

#include <linux/random.h>
#include <vrt/cdefs.h>
#include <vrt/types.h>
#include <bits/arc4random.h>

VRT_BEGIN_DECLS
/* getrandom(2): the vDSO's where the kernel exports it, else the system call (README, API). */
ssize_t getrandom(void *buf, size_t n, unsigned int flags);
VRT_END_DECLS

#endif

#ifndef VRT_RANDOM_H
#define VRT_RANDOM_H

#include <linux/random.h>
#include <vrt/cdefs.h>
#include <vrt/types.h>

VRT_BEGIN_DECLS
ssize_t getrandom(void *buf, size_t n, unsigned int flags);
VRT_END_DECLS

#endif

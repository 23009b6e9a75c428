/* open(2) and openat(2); O_* and AT_FDCWD are the kernel's (linux/fcntl.h). */
#ifndef VRT_FCNTL_H
#define VRT_FCNTL_H

#include <linux/fcntl.h>
#include <vrt/cdefs.h>
#include <vrt/types.h>

VRT_BEGIN_DECLS
int open(const char *path, int flags, ...);
int openat(int dirfd, const char *path, int flags, ...);
VRT_END_DECLS

#endif

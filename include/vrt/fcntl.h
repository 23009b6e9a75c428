/* open(2), openat(2) and fcntl(2); O_*, F_*, FD_CLOEXEC and AT_FDCWD are the kernel's (linux/fcntl.h). */
#ifndef VRT_FCNTL_H
#define VRT_FCNTL_H

#include <linux/fcntl.h>
#include <vrt/cdefs.h>
#include <vrt/types.h>

VRT_BEGIN_DECLS
int open(const char *path, int flags, ...);
int openat(int dirfd, const char *path, int flags, ...);
/* The third argument, when the command takes one, is read as one word (an int or a pointer).
 * On 32-bit arches this is fcntl64: F_GETLK and friends take the kernel's struct flock, and
 * F_GETLK64 its struct flock64 (which has libvrt's 64-bit off_t). */
int fcntl(int fd, int command, ...);
VRT_END_DECLS

#endif

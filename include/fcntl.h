/* open(2), openat(2) and fcntl(2) (fcntl.h(0p)). O_*, F_*, FD_CLOEXEC, AT_FDCWD and the AT_*
 * flags are the kernel's (linux/fcntl.h, asm/fcntl.h). off_t is 64-bit everywhere, so every open
 * is a large-file open. libvrt has no creat, posix_fadvise or posix_fallocate: not declared. */
#ifndef VRT_FCNTL_H
#define VRT_FCNTL_H

#include <bits/types.h>
#include <linux/fcntl.h>
#include <vrt/cdefs.h>

VRT_BEGIN_DECLS
/* The mode argument is read only when flags hold O_CREAT or O_TMPFILE. */
int open(const char *path, int flags, ...);
int openat(int dirfd, const char *path, int flags, ...);
/* The third argument, when the command takes one, is read as one word (an int or a pointer).
 * On 32-bit arches this is fcntl64: F_GETLK and friends take the kernel's struct flock, and
 * F_GETLK64 its struct flock64 (which has libvrt's 64-bit off_t). */
int fcntl(int fd, int command, ...);
VRT_END_DECLS

#endif

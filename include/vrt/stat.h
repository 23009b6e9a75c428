/* Creating directories and device nodes, and the file mode bits (sys/stat.h). S_IF* and the
 * permission bits are the kernel's (linux/stat.h). */
#ifndef VRT_STAT_H
#define VRT_STAT_H

#include <linux/stat.h>
#include <vrt/cdefs.h>
#include <vrt/types.h>

/* dev_t in glibc's encoding (sys/sysmacros.h): major in bits 8-19 and 32-63, minor in bits 0-7
 * and 20-31, so that the low 32 bits are the kernel's own encoding for 12-bit majors and 20-bit
 * minors. */
#define makedev(major, minor)                                                                  \
    ((dev_t)((((unsigned long long)(major) & 0xfffULL) << 8) |                                 \
             (((unsigned long long)(major) & ~0xfffULL) << 32) | ((unsigned long long)(minor) & 0xffULL) | \
             (((unsigned long long)(minor) & ~0xffULL) << 12)))
#define major(dev) ((unsigned)((((dev) >> 32) & 0xfffff000u) | (((dev) >> 8) & 0xfffu)))
#define minor(dev) ((unsigned)((((dev) >> 12) & 0xffffff00u) | ((dev) & 0xffu)))

VRT_BEGIN_DECLS
int mkdir(const char *path, mode_t mode);
int mkdirat(int dirfd, const char *path, mode_t mode);
/* EOVERFLOW for a device number the kernel cannot encode (a major above 4095 or a minor above
 * 2^20 - 1). */
int mknod(const char *path, mode_t mode, dev_t dev);
int mknodat(int dirfd, const char *path, mode_t mode, dev_t dev);
/* Sets the file mode creation mask; returns the previous one. Never fails. */
mode_t umask(mode_t mask);
VRT_END_DECLS

#endif

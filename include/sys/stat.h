/* File status and file modes (POSIX <sys/stat.h>).
 *
 * The file type and permission bits (S_IF*, S_IS*, S_IRWXU...) are the kernel's
 * (include/uapi/linux/stat.h). The AT_* flags that fstatat takes are in <fcntl.h>, as POSIX
 * places them.
 *
 * struct stat is libvrt's own ABI, the same on every architecture: 64-bit device numbers,
 * inodes, sizes and block counts, and struct timespec times with a 64-bit tv_sec. It matches no
 * kernel structure: libvrt fills it from statx(2) (include/uapi/linux/stat.h, struct statx),
 * which every architecture has since Linux 4.11 and which is the only kernel call that gives
 * all of these in 64 bits on 32-bit architectures. */
#ifndef _SYS_STAT_H
#define _SYS_STAT_H

#include <linux/stat.h>
#include <vrt/cdefs.h>
#include <vrt/time.h>
#include <vrt/types.h>

struct stat {
    dev_t st_dev;         /* glibc's makedev encoding of statx's stx_dev_major/minor */
    ino_t st_ino;
    mode_t st_mode;
    nlink_t st_nlink;
    uid_t st_uid;
    gid_t st_gid;
    dev_t st_rdev;
    off_t st_size;
    blksize_t st_blksize;
    blkcnt_t st_blocks;   /* in 512-byte units, whatever the file system's block size */
    struct timespec st_atim;
    struct timespec st_mtim;
    struct timespec st_ctim;
};

/* The seconds of each time, under their pre-POSIX.1-2008 names. */
#define st_atime st_atim.tv_sec
#define st_mtime st_mtim.tv_sec
#define st_ctime st_ctim.tv_sec

VRT_BEGIN_DECLS
int stat(const char *VRT_RESTRICT path, struct stat *VRT_RESTRICT buf);
/* The link itself, not what it points to. */
int lstat(const char *VRT_RESTRICT path, struct stat *VRT_RESTRICT buf);
int fstat(int fd, struct stat *buf);
/* flags: 0, AT_SYMLINK_NOFOLLOW, AT_EMPTY_PATH (path "" names dirfd itself), AT_NO_AUTOMOUNT. */
int fstatat(int dirfd, const char *VRT_RESTRICT path, struct stat *VRT_RESTRICT buf, int flags);

int mkdir(const char *path, mode_t mode);
int mkdirat(int dirfd, const char *path, mode_t mode);
/* EOVERFLOW for a device number the kernel cannot encode (a major above 4095 or a minor above
 * 2^20 - 1). */
int mknod(const char *path, mode_t mode, dev_t dev);
int mknodat(int dirfd, const char *path, mode_t mode, dev_t dev);
/* Sets the file mode creation mask; returns the previous one. Never fails. */
mode_t umask(mode_t mask);
int chmod(const char *path, mode_t mode);
int fchmod(int fd, mode_t mode);
/* flags may be AT_SYMLINK_NOFOLLOW: a symlink then fails with EOPNOTSUPP, as in glibc, since
 * Linux cannot change a symlink's mode. */
int fchmodat(int dirfd, const char *path, mode_t mode, int flags);
VRT_END_DECLS

#endif

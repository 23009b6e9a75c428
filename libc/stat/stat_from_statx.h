// libvrt's struct stat (include/sys/stat.h) from the kernel's struct statx
// (include/uapi/linux/stat.h). Pure: no kernel call, so the host unit tests check it against
// glibc's stat(2) on the same files.
#pragma once

#include <linux/stat.h>
#include <sys/stat.h>

namespace vrt {

// glibc's dev_t encoding (makedev(3), sys/sysmacros.h): minor bits 0-7 and 20-31, major bits
// 8-19 and 32-63. Its low 32 bits are the kernel's own new_encode_dev (include/linux/kdev_t.h)
// for every device number the kernel can hand out.
constexpr dev_t encode_dev(unsigned major, unsigned minor) {
    unsigned long long ma = major, mi = minor;
    return ((ma & 0xfffULL) << 8) | ((ma & ~0xfffULL) << 32) | (mi & 0xffULL) | ((mi & ~0xffULL) << 12);
}

// statx timestamps are {s64 tv_sec, u32 tv_nsec}.
inline void timespec_from(const statx_timestamp &from, struct timespec &to) {
    to = {};
    to.tv_sec = from.tv_sec;
    to.tv_nsec = from.tv_nsec;
}

// Fills every field of *to. statx was asked for STATX_BASIC_STATS; a file system that cannot
// supply a field leaves it zero in *from (statx(2)), which is what stat(2) reports for it too.
inline void stat_from_statx(const struct statx &from, struct stat &to) {
    to = {};
    to.st_dev = encode_dev(from.stx_dev_major, from.stx_dev_minor);
    to.st_ino = from.stx_ino;
    to.st_mode = from.stx_mode;
    to.st_nlink = from.stx_nlink;
    to.st_uid = from.stx_uid;
    to.st_gid = from.stx_gid;
    to.st_rdev = encode_dev(from.stx_rdev_major, from.stx_rdev_minor);
    to.st_size = static_cast<off_t>(from.stx_size);
    to.st_blksize = from.stx_blksize;
    to.st_blocks = static_cast<blkcnt_t>(from.stx_blocks);
    timespec_from(from.stx_atime, to.st_atim);
    timespec_from(from.stx_mtime, to.st_mtim);
    timespec_from(from.stx_ctime, to.st_ctim);
}

}  // namespace vrt

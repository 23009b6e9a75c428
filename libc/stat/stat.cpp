// stat(2) and its siblings, all through one statx(2) call (see include/sys/stat.h for why).
#include <asm/errno.h>
#include <linux/fcntl.h>
#include <linux/stat.h>

#include "libc/stat/stat_from_statx.h"
#include "libc/errno/c_result.h"
#include "sys/kernel.h"

namespace vrt {

// AT_NO_AUTOMOUNT: stat(2) and fstatat(2) never trigger an automount of the last component
// (fs/stat.c, vfs_fstatat: "AT_NO_AUTOMOUNT" is implied for the old calls), statx only when
// asked; passing it makes statx behave as the calls it replaces.
// A null buf gives EFAULT, as from glibc on 64-bit arches, where the kernel writes the caller's
// buffer itself; libvrt converts from a buffer of its own, so it checks.
long fstatat(int dirfd, const char *path, struct stat *buf, int flags) {
    if (!buf) return -EFAULT;
    struct statx kernel_stat;
    long r = kernel::statx(dirfd, path, flags | AT_NO_AUTOMOUNT, STATX_BASIC_STATS, &kernel_stat);
    if (r == 0) stat_from_statx(kernel_stat, *buf);
    return r;
}

}  // namespace vrt

extern "C" {

int fstatat(int dirfd, const char *__restrict path, struct stat *__restrict buf, int flags) {
    return vrt::c_result(vrt::fstatat(dirfd, path, buf, flags));
}
int stat(const char *__restrict path, struct stat *__restrict buf) {
    return vrt::c_result(vrt::fstatat(AT_FDCWD, path, buf, 0));
}
int lstat(const char *__restrict path, struct stat *__restrict buf) {
    return vrt::c_result(vrt::fstatat(AT_FDCWD, path, buf, AT_SYMLINK_NOFOLLOW));
}
// A negative fd is EBADF, as in glibc: AT_FDCWD (-100) with AT_EMPTY_PATH would otherwise
// describe the working directory.
int fstat(int fd, struct stat *buf) {
    if (fd < 0) return vrt::fail_with(EBADF);
    return vrt::c_result(vrt::fstatat(fd, "", buf, AT_EMPTY_PATH));
}

}

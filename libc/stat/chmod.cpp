// chmod(2), fchmod(2) and fchmodat(2), through fchmodat on AT_FDCWD where a path is given: the
// generic table (aarch64, riscv64) has no chmod.
#include <asm/errno.h>
#include <linux/fcntl.h>
#include <linux/stat.h>

#include "libc/errno/c_result.h"
#include "sys/kernel.h"
#include <vrt/stat.h>

namespace {

// The kernel's fchmodat has no flags argument. Like glibc, AT_SYMLINK_NOFOLLOW is served by
// opening the name itself with O_PATH: a symlink then fails with EOPNOTSUPP (Linux cannot
// change a symlink's mode, fchmodat(2), ERRORS), anything else is changed through its
// /proc/self/fd entry, since fchmod(2) refuses an O_PATH descriptor with EBADF.
long chmod_without_following(int dirfd, const char *path, unsigned mode) {
    long fd = vrt::kernel::openat(dirfd, path, O_PATH | O_NOFOLLOW | O_CLOEXEC, 0);
    if (vrt::is_error(fd)) return fd;
    struct statx status;
    long r = vrt::kernel::statx(static_cast<int>(fd), "", AT_EMPTY_PATH, STATX_TYPE, &status);
    if (r == 0 && (status.stx_mode & S_IFMT) == S_IFLNK) r = -EOPNOTSUPP;
    if (r == 0) {
        char name[32] = "/proc/self/fd/";
        char digits[12];
        int n = 0;
        for (unsigned long v = static_cast<unsigned long>(fd); n == 0 || v; v /= 10) digits[n++] = static_cast<char>('0' + v % 10);
        int at = 14;
        while (n) name[at++] = digits[--n];
        name[at] = '\0';
        r = vrt::syscall(__NR_fchmodat, AT_FDCWD, name, mode);
        // Without /proc mounted the descriptor's name cannot be reached (glibc answers the same).
        if (r == -ENOENT) r = -EOPNOTSUPP;
    }
    vrt::kernel::close(static_cast<int>(fd));
    return r;
}

}  // namespace

extern "C" {

int fchmodat(int dirfd, const char *path, mode_t mode, int flags) {
    if (flags & ~AT_SYMLINK_NOFOLLOW) return vrt::fail_with(EINVAL);
    if (flags) return vrt::c_result(chmod_without_following(dirfd, path, mode));
    return vrt::c_result(vrt::syscall(__NR_fchmodat, dirfd, path, mode));
}
int chmod(const char *path, mode_t mode) { return fchmodat(AT_FDCWD, path, mode, 0); }
int fchmod(int fd, mode_t mode) { return vrt::c_result(vrt::syscall(__NR_fchmod, fd, mode)); }

}

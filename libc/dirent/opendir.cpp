// opendir(3) and fdopendir(3).
#include <asm/errno.h>
#include <linux/fcntl.h>
#include <linux/stat.h>
#include <vrt/malloc.h>

#include "libc/dirent/dir.h"
#include "libc/errno/c_result.h"
#include "sys/kernel.h"

namespace vrt {

__vrt_dir *new_dir(int fd) {
    auto *dir = static_cast<__vrt_dir *>(malloc(sizeof(__vrt_dir)));
    if (!dir) return nullptr;
    dir->fd = fd;
    dir->next = dir->end = 0;
    return dir;
}

namespace {

// What glibc's fdopendir checks, in its order (fdopendir(3)): the descriptor is open (EBADF) and
// a directory (ENOTDIR), and readable (EINVAL when open for writing only: an O_PATH descriptor
// passes here and fails at the first readdir with EBADF).
long check_directory_descriptor(int fd) {
    struct statx status;
    long r = kernel::statx(fd, "", AT_EMPTY_PATH, STATX_TYPE, &status);
    if (r < 0) return r;
    if (!S_ISDIR(status.stx_mode)) return -ENOTDIR;
    long flags = kernel::fcntl(fd, F_GETFL, 0);
    if (flags < 0) return flags;
    if ((flags & O_ACCMODE) == O_WRONLY) return -EINVAL;
    return 0;
}

}  // namespace
}  // namespace vrt

extern "C" {

DIR *opendir(const char *path) {
    long fd = vrt::kernel::openat(AT_FDCWD, path, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
    if (fd < 0) {
        vrt::fail_with(static_cast<int>(-fd));
        return nullptr;
    }
    DIR *dir = vrt::new_dir(static_cast<int>(fd));
    if (!dir) {
        vrt::kernel::close(static_cast<int>(fd));
        vrt::fail_with(ENOMEM);
    }
    return dir;
}

// glibc sets FD_CLOEXEC on the descriptor it takes over; so does libvrt, to behave the same.
DIR *fdopendir(int fd) {
    if (fd < 0) {
        vrt::fail_with(EBADF);
        return nullptr;
    }
    long r = vrt::check_directory_descriptor(fd);
    if (r == 0) r = vrt::kernel::fcntl(fd, F_SETFD, FD_CLOEXEC);
    if (r < 0) {
        vrt::fail_with(static_cast<int>(-r));
        return nullptr;
    }
    DIR *dir = vrt::new_dir(fd);
    if (!dir) vrt::fail_with(ENOMEM);
    return dir;
}

}

// Changing the file tree: directories, nodes, links, mounts, the working and root directories.
// Every call is the *at(2) form on AT_FDCWD where one exists: the generic syscall table
// (aarch64, riscv64) has only those.
#include <asm/errno.h>
#include <linux/fcntl.h>

#include "libc/errno/c_result.h"
#include "sys/kernel.h"
#include <vrt/types.h>

extern "C" {

int chdir(const char *path) { return vrt::c_result(vrt::kernel::chdir(path)); }
int fchdir(int fd) { return vrt::c_result(vrt::kernel::fchdir(fd)); }
int chroot(const char *path) { return vrt::c_result(vrt::kernel::chroot(path)); }

int access(const char *path, int mode) {
    return vrt::c_result(vrt::syscall(__NR_faccessat, AT_FDCWD, path, mode));
}

int mkdirat(int dirfd, const char *path, unsigned mode) {
    return vrt::c_result(vrt::kernel::mkdirat(dirfd, path, mode));
}
int mkdir(const char *path, unsigned mode) { return mkdirat(AT_FDCWD, path, mode); }

// A dev_t whose upper half is set has a major above 4095 or a minor above 2^20 - 1 (vrt/stat.h),
// which the kernel's 32-bit encoding cannot carry.
int mknodat(int dirfd, const char *path, unsigned mode, dev_t dev) {
    if (dev >> 32) return vrt::fail_with(EOVERFLOW);
    return vrt::c_result(vrt::kernel::mknodat(dirfd, path, mode, static_cast<unsigned>(dev)));
}
int mknod(const char *path, unsigned mode, dev_t dev) { return mknodat(AT_FDCWD, path, mode, dev); }

unsigned umask(unsigned mask) { return static_cast<unsigned>(vrt::syscall(__NR_umask, mask)); }

int unlinkat(int dirfd, const char *path, int flags) {
    return vrt::c_result(vrt::kernel::unlinkat(dirfd, path, flags));
}
int unlink(const char *path) { return unlinkat(AT_FDCWD, path, 0); }
int rmdir(const char *path) { return unlinkat(AT_FDCWD, path, AT_REMOVEDIR); }

int symlinkat(const char *target, int dirfd, const char *path) {
    return vrt::c_result(vrt::kernel::symlinkat(target, dirfd, path));
}
int symlink(const char *target, const char *path) { return symlinkat(target, AT_FDCWD, path); }

long readlink(const char *__restrict path, char *__restrict buf, size_t size) {
    return vrt::syscall_return(vrt::syscall(__NR_readlinkat, AT_FDCWD, path, buf, size));
}

int mount(const char *source, const char *target, const char *type, unsigned long flags,
          const void *data) {
    return vrt::c_result(vrt::kernel::mount(source, target, type, flags, data));
}
int umount2(const char *target, int flags) {
    return vrt::c_result(vrt::kernel::umount2(target, flags));
}
int umount(const char *target) { return umount2(target, 0); }

void sync(void) { vrt::kernel::sync(); }

}

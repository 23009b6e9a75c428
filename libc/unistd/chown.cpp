// chown(2), fchown(2), lchown(2) and fchownat(2). Paths go through fchownat, which every table
// has; where a table still carries the 16-bit-id calls of old ABIs, fchown is fchown32
// (arch/arm/tools/syscall.tbl: fchown32 207). fchownat always takes 32-bit ids.
#include <linux/fcntl.h>

#include "libc/errno/c_result.h"
#include "sys/kernel.h"
#include <bits/types.h>

extern "C" {

int fchownat(int dirfd, const char *path, uid_t owner, gid_t group, int flags) {
    return vrt::c_result(vrt::syscall(__NR_fchownat, dirfd, path, owner, group, flags));
}
int chown(const char *path, uid_t owner, gid_t group) { return fchownat(AT_FDCWD, path, owner, group, 0); }
int lchown(const char *path, uid_t owner, gid_t group) {
    return fchownat(AT_FDCWD, path, owner, group, AT_SYMLINK_NOFOLLOW);
}
int fchown(int fd, uid_t owner, gid_t group) {
#ifdef __NR_fchown32
    return vrt::c_result(vrt::syscall(__NR_fchown32, fd, owner, group));
#else
    return vrt::c_result(vrt::syscall(__NR_fchown, fd, owner, group));
#endif
}

}

// link(2) and linkat(2): every table has linkat, the generic one (aarch64, riscv64) only that.
#include <linux/fcntl.h>

#include "libc/errno/c_result.h"
#include "sys/kernel.h"

extern "C" {

int linkat(int olddirfd, const char *oldpath, int newdirfd, const char *newpath, int flags) {
    return vrt::c_result(vrt::syscall(__NR_linkat, olddirfd, oldpath, newdirfd, newpath, flags));
}
// link(2) does not follow a symlink given as oldpath on Linux (link(2), NOTES): linkat with no
// AT_SYMLINK_FOLLOW is the same call.
int link(const char *oldpath, const char *newpath) { return linkat(AT_FDCWD, oldpath, AT_FDCWD, newpath, 0); }

}

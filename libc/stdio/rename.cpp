// rename(2) and renameat(2), declared in stdio.h. Tables built without __ARCH_WANT_RENAMEAT
// (riscv64's, include/uapi/asm-generic/unistd.h) only have renameat2, which with no flags is
// renameat.
#include <linux/fcntl.h>

#include "libc/errno/c_result.h"
#include "sys/kernel.h"

extern "C" {

int renameat(int olddirfd, const char *oldpath, int newdirfd, const char *newpath) {
#ifdef __NR_renameat
    return vrt::c_result(vrt::syscall(__NR_renameat, olddirfd, oldpath, newdirfd, newpath));
#else
    return vrt::c_result(vrt::syscall(__NR_renameat2, olddirfd, oldpath, newdirfd, newpath, 0));
#endif
}
int rename(const char *oldpath, const char *newpath) { return renameat(AT_FDCWD, oldpath, AT_FDCWD, newpath); }

}

// fsync(2), fdatasync(2), truncate(2) and ftruncate(2). A negative length is EINVAL from the
// kernel itself (fs/open.c, do_sys_truncate / do_sys_ftruncate), as from glibc.
#include "libc/errno/c_result.h"
#include "sys/kernel.h"
#include <bits/types.h>

extern "C" {

int fsync(int fd) { return vrt::c_result(vrt::syscall(__NR_fsync, fd)); }
int fdatasync(int fd) { return vrt::c_result(vrt::syscall(__NR_fdatasync, fd)); }

int ftruncate(int fd, off_t length) { return vrt::c_result(vrt::kernel::ftruncate(fd, length)); }
int truncate(const char *path, off_t length) { return vrt::c_result(vrt::kernel::truncate(path, length)); }

}

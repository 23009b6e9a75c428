// remove(3), declared in stdio.h: a file is unlinked; a directory, which unlink(2) refuses with
// EISDIR on Linux, is removed as rmdir does (unlinkat with AT_REMOVEDIR). As glibc does, errno is
// that of the call that failed last (ENOTEMPTY for a full directory).
#include <asm/errno.h>
#include <linux/fcntl.h>

#include "libc/errno/c_result.h"
#include "sys/kernel.h"

extern "C" int remove(const char *path) {
    long r = vrt::kernel::unlinkat(AT_FDCWD, path, 0);
    if (r == -EISDIR) r = vrt::kernel::unlinkat(AT_FDCWD, path, AT_REMOVEDIR);
    return vrt::c_result(r);
}

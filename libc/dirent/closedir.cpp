// closedir(3) and dirfd(3).
#include <asm/errno.h>
#include <vrt/malloc.h>

#include "libc/dirent/dir.h"
#include "libc/errno/c_result.h"
#include "sys/kernel.h"

extern "C" {

// A null DIR is EINVAL, as in glibc. The DIR is freed whatever close says: the descriptor is
// gone either way (close(2), "Dealing with error returns from close()").
int closedir(DIR *dir) {
    if (!dir) return vrt::fail_with(EINVAL);
    int fd = dir->fd;
    free(dir);
    return vrt::c_result(vrt::kernel::close(fd));
}

int dirfd(DIR *dir) { return dir->fd; }

}

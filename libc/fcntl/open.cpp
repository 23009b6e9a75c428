// open(2) and openat(2). The mode argument is read only when the flags can create a file, as
// libc does, because the caller passes it only then. Every arch has openat; open is openat on
// AT_FDCWD. O_LARGEFILE is forced: off_t is 64-bit everywhere in libvrt.
#include <linux/fcntl.h>
#include <stdarg.h>

#include "libc/errno/errno_boundary.h"
#include "sys/kernel.h"

namespace {

bool takes_mode(int flags) { return (flags & O_CREAT) || (flags & __O_TMPFILE) == __O_TMPFILE; }

int open_at(int dirfd, const char *path, int flags, va_list ap) {
    unsigned mode = takes_mode(flags) ? va_arg(ap, unsigned) : 0;
    return static_cast<int>(vrt::syscall_return(vrt::kernel::openat(dirfd, path, flags | O_LARGEFILE, mode)));
}

}  // namespace

extern "C" {

int openat(int dirfd, const char *path, int flags, ...) {
    va_list ap;
    va_start(ap, flags);
    int fd = open_at(dirfd, path, flags, ap);
    va_end(ap);
    return fd;
}

int open(const char *path, int flags, ...) {
    va_list ap;
    va_start(ap, flags);
    int fd = open_at(AT_FDCWD, path, flags, ap);
    va_end(ap);
    return fd;
}

}

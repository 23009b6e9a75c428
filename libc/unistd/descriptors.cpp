// Duplicating descriptors, pipes, fcntl(2) and ioctl(2).
#include <asm/errno.h>
#include <linux/fcntl.h>
#include <stdarg.h>

#include "libc/errno/c_result.h"
#include "sys/kernel.h"

extern "C" {

int dup(int fd) { return vrt::c_result(vrt::kernel::dup(fd)); }

// dup3 refuses equal descriptors and the generic syscall table has no dup2(2), so dup2(fd, fd)
// is a validity check. EBUSY is a transient race with open(2) in another thread (man 2 dup):
// retried, as musl does.
int dup2(int fd, int target) {
    if (fd == target) {
        long r = vrt::kernel::fcntl(fd, F_GETFD, 0);
        return vrt::is_error(r) ? vrt::c_result(r) : target;
    }
    long r;
    do r = vrt::kernel::dup3(fd, target, 0);
    while (r == -EBUSY);
    return vrt::c_result(r);
}

int dup3(int fd, int target, int flags) {
    long r;
    do r = vrt::kernel::dup3(fd, target, flags);
    while (r == -EBUSY);
    return vrt::c_result(r);
}

int pipe2(int fds[2], int flags) { return vrt::c_result(vrt::kernel::pipe2(fds, flags)); }
int pipe(int fds[2]) { return pipe2(fds, 0); }

int fcntl(int fd, int command, ...) {
    va_list ap;
    va_start(ap, command);
    long argument = va_arg(ap, long);
    va_end(ap);
    return vrt::c_result(vrt::kernel::fcntl(fd, command, argument));
}

int ioctl(int fd, unsigned long request, ...) {
    va_list ap;
    va_start(ap, request);
    long argument = va_arg(ap, long);
    va_end(ap);
    return vrt::c_result(vrt::kernel::ioctl(fd, request, argument));
}

}

// File descriptor I/O and process identity: libc's thin wrappers over the kernel.
#include "libc/errno/errno_boundary.h"
#include "sys/kernel.h"

extern "C" {

long read(int fd, void *buf, size_t n) { return vrt::syscall_return(vrt::kernel::read(fd, buf, n)); }
long write(int fd, const void *buf, size_t n) {
    return vrt::syscall_return(vrt::kernel::write(fd, buf, n));
}
int close(int fd) { return static_cast<int>(vrt::syscall_return(vrt::kernel::close(fd))); }

long long lseek(int fd, long long offset, int whence) {
    long long result = 0;
    long r = vrt::kernel::lseek(fd, offset, whence, &result);
    return vrt::is_error(r) ? vrt::syscall_return(r) : result;
}

long pread(int fd, void *buf, size_t n, long long offset) {
    return vrt::syscall_return(vrt::kernel::pread(fd, buf, n, offset));
}
long pwrite(int fd, const void *buf, size_t n, long long offset) {
    return vrt::syscall_return(vrt::kernel::pwrite(fd, buf, n, offset));
}

int getpid(void) { return static_cast<int>(vrt::kernel::getpid()); }
int getppid(void) { return static_cast<int>(vrt::kernel::getppid()); }
int gettid(void) { return static_cast<int>(vrt::kernel::gettid()); }

}

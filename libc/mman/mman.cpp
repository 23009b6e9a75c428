// mmap(2), munmap(2), mprotect(2).
#include "libc/errno/errno_boundary.h"
#include "sys/kernel.h"

extern "C" {

void *mmap(void *addr, size_t length, int prot, int flags, int fd, long long offset) {
    return reinterpret_cast<void *>(
        vrt::syscall_return(vrt::kernel::mmap(addr, length, prot, flags, fd, offset)));
}

int munmap(void *addr, size_t length) {
    return static_cast<int>(vrt::syscall_return(vrt::kernel::munmap(addr, length)));
}

int mprotect(void *addr, size_t length, int prot) {
    return static_cast<int>(vrt::syscall_return(vrt::kernel::mprotect(addr, length, prot)));
}

}

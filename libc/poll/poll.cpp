// poll(2) and ppoll(2). ppoll's timeout is a struct timespec: on 32-bit arches the time64 call
// comes first and the time32 one (before Linux 5.1) takes only timeouts whose seconds fit it.
#include <asm/errno.h>
#include <poll.h>

#include "libc/errno/errno_boundary.h"
#include "sys/kernel.h"
#include "sys/long_time.h"
#include "signal_arch.h"

namespace {

#if defined(__NR_ppoll_time64)
constexpr long nr_ppoll_time64 = __NR_ppoll_time64;
#else
constexpr long nr_ppoll_time64 = __NR_ppoll;  // 64-bit tables: ppoll already takes 64-bit time
#endif

// The kernel writes the time left back into the timeout it is given (fs/select.c,
// poll_select_finish); the caller's is const, so it is given a copy, as glibc does.
long kernel_ppoll(struct pollfd *fds, nfds_t count, const struct timespec *caller_timeout, const sigset_t *mask) {
    size_t mask_size = mask ? vrt::arch::kernel_sigset_bytes : 0;
    struct timespec copy;
    struct timespec *timeout = caller_timeout ? &copy : nullptr;
    if (caller_timeout) copy = *caller_timeout;
    long r = vrt::syscall(nr_ppoll_time64, fds, count, timeout, mask, mask_size);
#if defined(__NR_ppoll_time64) && defined(__NR_ppoll)
    if (r == -ENOSYS) {
        if (!timeout) return vrt::syscall(__NR_ppoll, fds, count, nullptr, mask, mask_size);
        if (timeout->tv_sec != static_cast<long>(timeout->tv_sec)) return -EOVERFLOW;
        vrt::LongTimespec narrow = {static_cast<long>(timeout->tv_sec), timeout->tv_nsec};
        r = vrt::syscall(__NR_ppoll, fds, count, &narrow, mask, mask_size);
    }
#endif
    return r;
}

}  // namespace

extern "C" {

// A negative timeout waits for ever (poll(2)). Tables with poll(2) take the milliseconds as
// they are; the generic one (aarch64, riscv64) has only ppoll.
int poll(struct pollfd *fds, nfds_t count, int timeout_ms) {
#ifdef __NR_poll
    return static_cast<int>(vrt::syscall_return(vrt::syscall(__NR_poll, fds, count, timeout_ms)));
#else
    struct timespec timeout = {};
    timeout.tv_sec = timeout_ms / 1000;
    timeout.tv_nsec = static_cast<long>(timeout_ms % 1000) * 1000000;
    return static_cast<int>(vrt::syscall_return(kernel_ppoll(fds, count, timeout_ms < 0 ? nullptr : &timeout, nullptr)));
#endif
}

int ppoll(struct pollfd *fds, nfds_t count, const struct timespec *timeout, const sigset_t *mask) {
    return static_cast<int>(vrt::syscall_return(kernel_ppoll(fds, count, timeout, mask)));
}

}

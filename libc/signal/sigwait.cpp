// Taking blocked signals synchronously: sigtimedwait(2), sigwaitinfo(2), sigwait(3), and
// signalfd(2), which delivers them as records read from a descriptor.
#include <asm/errno.h>

#include "signal_arch.h"
#include "libc/errno/c_result.h"
#include "sys/kernel.h"
#include "sys/long_time.h"
#include <vrt/signal.h>

namespace {

constexpr long long long_max = static_cast<long long>(~0UL >> 1);

// libvrt's 64-bit timespec goes to the time64 call as it is; a kernel without that call (32-bit
// arch, before Linux 5.1) gets the time32 one, with a timeout beyond its range cut to the
// longest it can hold.
long timed_wait(const sigset_t *set, siginfo_t *info, const struct timespec *timeout) {
    using namespace vrt;
    long r = syscall(arch::nr_rt_sigtimedwait, set, info, timeout, arch::kernel_sigset_bytes);
    if (r != -ENOSYS || arch::nr_rt_sigtimedwait_time32 < 0) return r;
    LongTimespec narrow = {};
    if (timeout) {
        narrow.tv_sec = static_cast<long>(timeout->tv_sec > long_max ? long_max : timeout->tv_sec);
        narrow.tv_nsec = timeout->tv_nsec;
    }
    return syscall(arch::nr_rt_sigtimedwait_time32, set, info, timeout ? &narrow : nullptr,
                   arch::kernel_sigset_bytes);
}

}  // namespace

extern "C" {

int sigtimedwait(const sigset_t *__restrict set, siginfo_t *__restrict info,
                 const struct timespec *__restrict timeout) {
    return vrt::c_result(timed_wait(set, info, timeout));
}

int sigwaitinfo(const sigset_t *__restrict set, siginfo_t *__restrict info) {
    return sigtimedwait(set, info, nullptr);
}

// POSIX gives sigwait no EINTR: a handler that ran for another signal just restarts the wait.
int sigwait(const sigset_t *__restrict set, int *__restrict sig) {
    long r;
    do r = timed_wait(set, nullptr, nullptr);
    while (r == -EINTR);
    if (vrt::is_error(r)) return static_cast<int>(-r);
    *sig = static_cast<int>(r);
    return 0;
}

int signalfd(int fd, const sigset_t *set, int flags) {
    return vrt::c_result(vrt::kernel::signalfd4(fd, set, vrt::arch::kernel_sigset_bytes, flags));
}

}

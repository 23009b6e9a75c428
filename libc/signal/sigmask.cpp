// sigprocmask(2), sigpending(2), sigsuspend(2): the blocked and pending sets, which the kernel
// keeps in its own sigset size (the first arch::kernel_sigset_bytes of sigset_t).
#include "signal_arch.h"
#include "libc/errno/c_result.h"
#include "sys/kernel.h"
#include <vrt/signal.h>

extern "C" {

int sigprocmask(int how, const sigset_t *__restrict set, sigset_t *__restrict old) {
    return vrt::c_result(vrt::kernel::rt_sigprocmask(how, set, old, vrt::arch::kernel_sigset_bytes));
}

int sigpending(sigset_t *set) {
    return vrt::c_result(vrt::kernel::rt_sigpending(set, vrt::arch::kernel_sigset_bytes));
}

int sigsuspend(const sigset_t *mask) {
    return vrt::c_result(vrt::kernel::rt_sigsuspend(mask, vrt::arch::kernel_sigset_bytes));
}

}

// sigaction(2) and signal(3): libc's struct sigaction (vrt/signal.h) translated into the
// kernel's (arch/<arch>/signal_arch.h), with our return trampoline where the arch needs one.
#include <asm/errno.h>
#include <stddef.h>

#include "signal_arch.h"
#include "libc/errno/c_result.h"
#include "sys/kernel.h"
#include "libc/signal/sigset.h"

// The public siginfo_t must be the kernel's (include/uapi/asm-generic/siginfo.h), field by field.
static_assert(sizeof(siginfo_t) == 128);
// si_errno and si_code are the ints at 4 and 8, in the order bits/signal.h gives.
static_assert(offsetof(siginfo_t, si_errno) + offsetof(siginfo_t, si_code) == 4 + 8);
static_assert(offsetof(siginfo_t, si_pid) == (sizeof(void *) == 8 ? 16 : 12));
static_assert(offsetof(siginfo_t, si_uid) == offsetof(siginfo_t, si_pid) + 4);
static_assert(offsetof(siginfo_t, si_status) == offsetof(siginfo_t, si_pid) + 8);
static_assert(offsetof(siginfo_t, si_value) == offsetof(siginfo_t, si_pid) + 8);
static_assert(offsetof(siginfo_t, si_utime) == offsetof(siginfo_t, si_pid) + 8 + sizeof(long));
static_assert(offsetof(siginfo_t, si_addr) == offsetof(siginfo_t, si_pid));
static_assert(offsetof(siginfo_t, si_fd) == offsetof(siginfo_t, si_pid) + sizeof(long));
static_assert(sizeof(sigset_t) == 128);
static_assert(sizeof(vrt::arch::KernelSigaction::mask) == vrt::arch::kernel_sigset_bytes);

namespace {

constexpr size_t kernel_mask_words = vrt::arch::kernel_sigset_bytes / sizeof(unsigned long);

vrt::arch::KernelSigaction to_kernel(const struct sigaction &action) {
    vrt::arch::KernelSigaction k = {};
    k.handler = reinterpret_cast<unsigned long>(action.sa_handler);
    k.flags = static_cast<unsigned int>(action.sa_flags);
    for (size_t i = 0; i < kernel_mask_words; ++i) k.mask[i] = action.sa_mask.__bits[i];
    vrt::arch::set_restorer(k);
    return k;
}

// sa_flags comes back as the kernel holds it, SA_RESTORER included, as glibc and musl return it.
void from_kernel(const vrt::arch::KernelSigaction &k, struct sigaction *action) {
    *action = {};
    action->sa_handler = reinterpret_cast<void (*)(int)>(k.handler);
    action->sa_flags = static_cast<int>(k.flags);
    for (size_t i = 0; i < kernel_mask_words; ++i) action->sa_mask.__bits[i] = k.mask[i];
}

}  // namespace

extern "C" {

int sigaction(int sig, const struct sigaction *__restrict action, struct sigaction *__restrict old) {
    // Checked here, not left to the kernel: MIPS's kernel takes signal 128, which vrt/signal.h
    // leaves out (_NSIG) because a wait status cannot name it.
    if (!vrt::is_signal_number(sig)) return vrt::fail_with(EINVAL);
    vrt::arch::KernelSigaction k, k_old;
    if (action) k = to_kernel(*action);
    long r = vrt::kernel::rt_sigaction(sig, action ? &k : nullptr, old ? &k_old : nullptr,
                                       vrt::arch::kernel_sigset_bytes);
    if (vrt::is_error(r)) return vrt::c_result(r);
    if (old) from_kernel(k_old, old);
    return 0;
}

sighandler_t signal(int sig, sighandler_t handler) {
    if (!vrt::is_signal_number(sig)) return reinterpret_cast<sighandler_t>(vrt::fail_with(EINVAL));
    struct sigaction action = {}, old = {};
    action.sa_handler = handler;
    action.sa_flags = SA_RESTART;
    action.sa_mask.__bits[vrt::signal_word(sig)] = vrt::signal_bit(sig);
    if (sigaction(sig, &action, &old) != 0) return SIG_ERR;
    return old.sa_handler;
}

}

// abort(3): SIGABRT is delivered even when blocked or caught by a handler that returns; if the
// process survives that, the default action is restored and the signal sent again.
#include <asm/signal.h>

#include "signal_arch.h"
#include "sys/kernel.h"

namespace {

long send_abort_to_self() {
    return vrt::kernel::tgkill(static_cast<int>(vrt::kernel::getpid()),
                               static_cast<int>(vrt::kernel::gettid()), SIGABRT);
}

}  // namespace

extern "C" [[noreturn]] void abort(void) {
    // The kernel's own sigset and struct sigaction, whose sizes and layout are the arch's
    // (arch/<arch>/signal_arch.h). SIG_DFL is handler 0 and needs no return trampoline.
    unsigned long abrt[vrt::arch::kernel_sigset_bytes / sizeof(unsigned long)] = {1UL << (SIGABRT - 1)};
    vrt::kernel::rt_sigprocmask(SIG_UNBLOCK, abrt, nullptr, sizeof abrt);
    send_abort_to_self();
    vrt::arch::KernelSigaction dfl = {};
    vrt::kernel::rt_sigaction(SIGABRT, &dfl, nullptr, vrt::arch::kernel_sigset_bytes);
    send_abort_to_self();
    vrt::kernel::exit_group(127);
}

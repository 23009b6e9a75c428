// abort(3): SIGABRT is delivered even when blocked or caught by a handler that returns; if the
// process survives that, the default action is restored and the signal sent again.
#include <asm/signal.h>

#include "sys/kernel.h"

namespace {

// The kernel's struct sigaction for rt_sigaction with no restorer: only SIG_DFL is installed
// here, which needs no return path. Layout: handler, flags, restorer, mask (include/linux/signal_types.h
// for every arch but those with a legacy layout; MIPS, which differs, gets its own when ported).
struct KernelDefaultAction {
    unsigned long handler, flags, restorer, mask;
};

long send_abort_to_self() {
    return vrt::kernel::tgkill(static_cast<int>(vrt::kernel::getpid()),
                               static_cast<int>(vrt::kernel::gettid()), SIGABRT);
}

}  // namespace

extern "C" [[noreturn]] void abort(void) {
    unsigned long abrt = 1UL << (SIGABRT - 1);
    vrt::kernel::rt_sigprocmask(SIG_UNBLOCK, &abrt, nullptr, sizeof abrt);
    send_abort_to_self();
    KernelDefaultAction dfl = {0, 0, 0, 0};
    vrt::syscall(__NR_rt_sigaction, SIGABRT, &dfl, nullptr, sizeof dfl.mask);
    send_abort_to_self();
    vrt::kernel::exit_group(127);
}

// AArch64 signal delivery ABI (arch/arm64/kernel/signal.c; struct sigaction in
// include/linux/signal_types.h; SA_RESTORER in arch/arm64/include/uapi/asm/signal.h):
//   rt_sigaction's struct   handler, flags, restorer, mask: the generic order (arm64 keeps
//                           sa_restorer for its AArch32 compat tasks)
//   kernel sigset           _NSIG / 8 = 8 bytes, one word per 64 signals
//   return trampoline       the kernel's: without SA_RESTORER, setup_return points the handler's
//                           x30 at the vDSO's __kernel_rt_sigreturn, which carries the unwind
//                           information debuggers use to step out of a signal frame. There is
//                           only the rt frame, so nothing depends on SA_SIGINFO
//   rt_sigtimedwait         takes a 64-bit struct timespec
//
// Every arch/<arch>/signal_arch.h gives sys/ the same four things; arch/x86_64/signal_arch.h
// describes them.
#pragma once

#include <asm/unistd.h>
#include <stddef.h>

namespace vrt::arch {

inline constexpr size_t kernel_sigset_bytes = 8;

struct KernelSigaction {
    unsigned long handler;
    unsigned long flags;
    unsigned long restorer;
    unsigned long mask[kernel_sigset_bytes / sizeof(unsigned long)];
};

inline constexpr unsigned long sa_restorer = 0x04000000;

// A caller's stray SA_RESTORER (say, flags copied from another libc's action) would make the
// kernel return from the handler to restorer = 0; the vDSO's trampoline must serve instead.
inline void set_restorer(KernelSigaction &action) { action.flags &= ~sa_restorer; }

inline constexpr long nr_rt_sigtimedwait = __NR_rt_sigtimedwait, nr_rt_sigtimedwait_time32 = -1;

}  // namespace vrt::arch

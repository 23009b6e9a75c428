// ppc64le signal delivery ABI (arch/powerpc/kernel/signal_64.c, handle_rt_signal64; struct
// sigaction in include/linux/signal_types.h and arch/powerpc/include/uapi/asm/signal.h):
//   rt_sigaction's struct   handler, flags, restorer, mask: the generic order
//   kernel sigset           _NSIG / 8 = 8 bytes, one word per 64 signals
//   return trampoline       the kernel's: a 64-bit task always gets an rt frame whose return
//                           address (lr) is the vDSO's __kernel_sigtramp_rt64, or a trampoline
//                           written into the frame when there is no vDSO. Linux 6.1 and 6.12
//                           ignore SA_RESTORER there, so we set none and have no sigreturn.S
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

inline void set_restorer(KernelSigaction &) {}

inline constexpr long nr_rt_sigtimedwait = __NR_rt_sigtimedwait, nr_rt_sigtimedwait_time32 = -1;

}  // namespace vrt::arch

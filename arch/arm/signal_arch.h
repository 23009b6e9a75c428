// 32-bit Arm signal delivery ABI (arch/arm/kernel/signal.c, and arch/arm64/kernel/signal32.c
// for an arm program on an arm64 kernel; struct sigaction in include/linux/signal_types.h;
// SA_RESTORER in arch/arm/include/uapi/asm/signal.h):
//   rt_sigaction's struct   handler, flags, restorer, mask: the generic order
//   kernel sigset           _NSIG / 8 = 8 bytes, two words
//   return trampoline       the kernel's: without SA_RESTORER, setup_return points the handler's
//                           lr at the return code in the kernel's signal page (sigpage), in the
//                           handler's own instruction set, ARM or Thumb, and for the frame's
//                           kind: sigreturn for a legacy frame, rt_sigreturn for an SA_SIGINFO
//                           one. Both kernels always map that page
//   rt_sigtimedwait         the time64 call (Linux 5.1+); the time32 one on older kernels
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
// kernel return from the handler to restorer = 0; the kernel's trampoline must serve instead.
inline void set_restorer(KernelSigaction &action) { action.flags &= ~sa_restorer; }

inline constexpr long nr_rt_sigtimedwait = __NR_rt_sigtimedwait_time64,
                      nr_rt_sigtimedwait_time32 = __NR_rt_sigtimedwait;

}  // namespace vrt::arch

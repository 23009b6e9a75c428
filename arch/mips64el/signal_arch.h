// MIPS signal delivery ABI (arch/mips/kernel/signal.c; struct sigaction in
// arch/mips/include/uapi/asm/signal.h):
//   rt_sigaction's struct   flags (an unsigned int), handler, mask: MIPS's own order, no restorer
//   kernel sigset           _NSIG / 8 = 16 bytes: MIPS has 128 signals (two words here)
//   return trampoline       the kernel's: setup_rt_frame returns through the sigreturn code in
//                           the vDSO (off_rt_sigreturn), and MIPS has no SA_RESTORER to change that
//   rt_sigtimedwait         takes a 64-bit struct timespec
//
// Every arch/<arch>/signal_arch.h gives sys/ the same four things; arch/x86_64/signal_arch.h
// describes them.
#pragma once

#include <asm/unistd.h>
#include <stddef.h>

namespace vrt::arch {

inline constexpr size_t kernel_sigset_bytes = 16;

struct KernelSigaction {
    unsigned int flags;
    unsigned long handler;
    unsigned long mask[kernel_sigset_bytes / sizeof(unsigned long)];
};

inline void set_restorer(KernelSigaction &) {}

inline constexpr long nr_rt_sigtimedwait = __NR_rt_sigtimedwait, nr_rt_sigtimedwait_time32 = -1;

}  // namespace vrt::arch

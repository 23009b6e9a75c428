// RISC-V signal delivery ABI (arch/riscv/kernel/signal.c; struct sigaction in
// include/linux/signal_types.h, without sa_restorer because riscv defines no SA_RESTORER):
//   rt_sigaction's struct   handler, flags, mask: no restorer field at all
//   kernel sigset           _NSIG / 8 = 8 bytes, one word per 64 signals
//   return trampoline       the kernel's, always: setup_rt_frame points the handler's ra at the
//                           vDSO's __vdso_rt_sigreturn. There is only the rt frame
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
    unsigned long mask[kernel_sigset_bytes / sizeof(unsigned long)];
};

inline void set_restorer(KernelSigaction &) {}

inline constexpr long nr_rt_sigtimedwait = __NR_rt_sigtimedwait, nr_rt_sigtimedwait_time32 = -1;

}  // namespace vrt::arch

// x86_64 signal delivery ABI (arch/x86/kernel/signal_64.c; struct sigaction in
// include/linux/signal_types.h; SA_RESTORER in arch/x86/include/uapi/asm/signal.h):
//   rt_sigaction's struct   handler, flags, restorer, mask: the generic order
//   kernel sigset           _NSIG / 8 = 8 bytes, one word per 64 signals
//   return trampoline       ours, always: x86_64 builds a signal frame only for an action with
//                           SA_RESTORER (setup_rt_frame fails with SIGSEGV otherwise); the frame
//                           is an rt frame whatever the flags, so one restorer serves every action
//   rt_sigtimedwait         takes a 64-bit struct timespec
//
// Every arch/<arch>/signal_arch.h gives sys/ the same four things:
//   KernelSigaction                 rt_sigaction's struct, in the kernel's field order, with at
//                                   least `handler`, `flags` and `mask`
//   kernel_sigset_bytes             the sigset size the rt_sig* calls take
//   set_restorer(KernelSigaction &) points the action at our trampoline (arch/<arch>/sigreturn.S)
//                                   when the kernel needs one, else leaves it alone (the vDSO's)
//   nr_rt_sigtimedwait, nr_rt_sigtimedwait_time32
//                                   the call taking libvrt's 64-bit timespec, and the time32 one
//                                   tried on ENOSYS (-1: none)
#pragma once

#include <asm/unistd.h>
#include <stddef.h>

extern "C" void __vrt_restore_rt(void);  // arch/x86_64/sigreturn.S

namespace vrt::arch {

inline constexpr size_t kernel_sigset_bytes = 8;

struct KernelSigaction {
    unsigned long handler;
    unsigned long flags;
    unsigned long restorer;
    unsigned long mask[kernel_sigset_bytes / sizeof(unsigned long)];
};

inline constexpr unsigned long sa_restorer = 0x04000000;

inline void set_restorer(KernelSigaction &action) {
    action.flags |= sa_restorer;
    action.restorer = reinterpret_cast<unsigned long>(__vrt_restore_rt);
}

inline constexpr long nr_rt_sigtimedwait = __NR_rt_sigtimedwait, nr_rt_sigtimedwait_time32 = -1;

}  // namespace vrt::arch

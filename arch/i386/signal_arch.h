// i386 signal delivery ABI (arch/x86/kernel/signal_32.c; struct sigaction in
// include/linux/signal_types.h; SA_RESTORER in arch/x86/include/uapi/asm/signal.h):
//   rt_sigaction's struct   handler, flags, restorer, mask: the generic order
//   kernel sigset           _NSIG / 8 = 8 bytes, two words
//   return trampoline       ours (without SA_RESTORER the kernel would use the vDSO's, which may
//                           be absent). The frame's kind follows the flags: SA_SIGINFO gets an rt
//                           frame, undone by rt_sigreturn; any other action gets the legacy
//                           sigframe, undone by sigreturn (x86 setup_rt_frame, ia32_setup_frame),
//                           so each needs its own trampoline
//   rt_sigtimedwait         the time64 call (Linux 5.1+); the time32 one on older kernels
//
// Every arch/<arch>/signal_arch.h gives sys/ the same four things; arch/x86_64/signal_arch.h
// describes them.
#pragma once

#include <asm/unistd.h>
#include <stddef.h>

extern "C" void __vrt_restore(void);     // arch/i386/sigreturn.S: sigreturn
extern "C" void __vrt_restore_rt(void);  // arch/i386/sigreturn.S: rt_sigreturn

namespace vrt::arch {

inline constexpr size_t kernel_sigset_bytes = 8;

struct KernelSigaction {
    unsigned long handler;
    unsigned long flags;
    unsigned long restorer;
    unsigned long mask[kernel_sigset_bytes / sizeof(unsigned long)];
};

inline constexpr unsigned long sa_restorer = 0x04000000;
inline constexpr unsigned long sa_siginfo = 4;

inline void set_restorer(KernelSigaction &action) {
    bool rt_frame = action.flags & sa_siginfo;
    action.flags |= sa_restorer;
    action.restorer = reinterpret_cast<unsigned long>(rt_frame ? __vrt_restore_rt : __vrt_restore);
}

inline constexpr long nr_rt_sigtimedwait = __NR_rt_sigtimedwait_time64,
                      nr_rt_sigtimedwait_time32 = __NR_rt_sigtimedwait;

}  // namespace vrt::arch

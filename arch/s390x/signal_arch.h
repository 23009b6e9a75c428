// s390x signal delivery ABI (arch/s390/kernel/signal.c, setup_frame and setup_rt_frame; struct
// sigaction in include/linux/signal_types.h and arch/s390/include/uapi/asm/signal.h):
//   rt_sigaction's struct   handler, flags, restorer, mask: the generic order
//   kernel sigset           _NSIG / 8 = 8 bytes, one word per 64 signals
//   return trampoline       ours. Without SA_RESTORER the kernel puts the vDSO's __kernel_sigreturn
//                           or __kernel_rt_sigreturn in r14, which needs a mapped vDSO (older
//                           kernels wrote an svc into the frame instead); with it, r14 is our
//                           restorer on every kernel. As on i386 the frame's kind follows the
//                           flags: SA_SIGINFO gets an rt frame, undone by rt_sigreturn; any other
//                           action gets the old sigframe, undone by sigreturn, so each has its
//                           own trampoline (arch/s390x/sigreturn.S)
//   rt_sigtimedwait         takes a 64-bit struct timespec
//
// Every arch/<arch>/signal_arch.h gives sys/ the same four things; arch/x86_64/signal_arch.h
// describes them.
#pragma once

#include <asm/unistd.h>
#include <stddef.h>

extern "C" void __vrt_restore(void);     // arch/s390x/sigreturn.S: sigreturn
extern "C" void __vrt_restore_rt(void);  // arch/s390x/sigreturn.S: rt_sigreturn

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

inline constexpr long nr_rt_sigtimedwait = __NR_rt_sigtimedwait, nr_rt_sigtimedwait_time32 = -1;

}  // namespace vrt::arch

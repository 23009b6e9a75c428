// 32-bit Arm thread pointer and TLS (ELF for the Arm Architecture, "Thread Local Storage";
// Drepper, "ELF Handling For Thread-Local Storage", 3.4.1): TLS variant I. The thread pointer
// (TP) is the read-only user register TPIDRURO (cp15 c13, c0, 3), which only the kernel can
// write: the Arm-private system call set_tls does it (arch/arm/kernel/traps.c, arm_syscall).
// TP points at an 8-byte TCB and the executable's TLS block starts right after it, at TP + 8
// rounded up to the block's alignment. Code reads TP inline (mrc, GCC's default on armv6k and
// later) or by calling __aeabi_read_tp (clang's default: arch/arm/read_tp.S).
// GCC and clang read the stack-protector canary from the global __stack_chk_guard, which the
// start code seeds, so the TCB holds nothing libvrt needs.
#pragma once

#include <stddef.h>
#include <stdint.h>

#include "syscall_arch.h"

namespace vrt::arch {

inline constexpr bool tls_block_below_thread_pointer = false;  // variant I
inline constexpr size_t tcb_size = 8;
inline constexpr size_t tcb_above_thread_pointer = 8;
inline constexpr ptrdiff_t tls_block_bias = 0;
inline constexpr bool canary_in_tcb = false;

// The two TCB words (the DTV pointer and a reserved word in glibc) stay zero: a static program
// has no DTV.
inline void init_tcb(void *, uintptr_t) {}

inline long set_thread_pointer(void *tcb) {
    return syscall1(__ARM_NR_set_tls, reinterpret_cast<long>(tcb));
}

// The thread pointer, for __rseq_offset.
inline void *thread_pointer() { return __builtin_thread_pointer(); }

// The signature rseq(2) registers (include/uapi/linux/rseq.h: the word the kernel expects just
// before every abort handler): the trapping instruction glibc and the kernel's rseq selftests use
// on this arch, udf #24035 in A32, little-endian. libvrt has no critical sections; the value
// matters to code that adds its own to libvrt's registration.
inline constexpr uint32_t rseq_signature = 0xe7f5def3;

}  // namespace vrt::arch

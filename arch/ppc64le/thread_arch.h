// ppc64le thread pointer and TLS (64-Bit ELF V2 ABI Specification for Power, "Thread Local Storage
// ABI"): TLS variant I. r13 holds the thread pointer (TP), which points 0x7000 bytes past
// the start of the executable's TLS block, so that a signed 16-bit offset from r13 reaches 64 KiB
// of TLS; the TCB lies just below the block. Nothing needs a system call: r13 is an ordinary
// register that the ABI reserves for TP (no compiler allocates it) and the kernel saves it.
// GCC and clang read the stack-protector canary at r13 - 0x7010 (gcc/config/rs6000/linux64.h,
// TARGET_THREAD_SSP_OFFSET), the stack_guard word of glibc's tcbhead_t (sysdeps/powerpc/nptl/
// tls.h). Our TCB is as large as that struct, so the other words compiled code may read below TP
// (GCC's __builtin_cpu_supports and __builtin_cpu_is read TP - 0x7064 and TP - 0x705c) are
// inside our allocation, and zero.
#pragma once

#include <stddef.h>
#include <stdint.h>

namespace vrt::arch {

inline constexpr ptrdiff_t tp_offset_from_tls_block = 0x7000;
inline constexpr ptrdiff_t canary_offset_from_tp = -0x7010;

inline constexpr bool tls_block_below_thread_pointer = false;  // variant I
inline constexpr size_t tcb_size = 0x70;                      // glibc's tcbhead_t, dtv last
inline constexpr size_t tcb_above_thread_pointer = 0;
inline constexpr ptrdiff_t tls_block_bias = -tp_offset_from_tls_block;
inline constexpr bool canary_in_tcb = true;

// `tp` is the thread pointer: the canary sits in the TCB below it.
inline void init_tcb(void *tp, uintptr_t canary) {
    auto *bytes = static_cast<unsigned char *>(tp);
    *reinterpret_cast<uintptr_t *>(bytes + canary_offset_from_tp) = canary;
}

inline long set_thread_pointer(void *tp) {
    asm volatile("mr 13, %0" : : "r"(tp) : "memory");
    return 0;
}

// The thread pointer, for __rseq_offset (GCC 12 has no __builtin_thread_pointer here).
inline void *thread_pointer() {
    void *tp;
    asm("mr %0, 13" : "=r"(tp));
    return tp;
}

// The signature rseq(2) registers (include/uapi/linux/rseq.h: the word the kernel expects just
// before every abort handler): the trapping instruction glibc and the kernel's rseq selftests use
// on this arch, twui r5,11. libvrt has no critical sections; the value matters to code that adds
// its own to libvrt's registration.
inline constexpr uint32_t rseq_signature = 0x0fe5000b;

}  // namespace vrt::arch

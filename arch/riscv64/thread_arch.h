// RISC-V thread pointer and TLS (RISC-V ELF psABI, "Thread Local Storage"): TLS variant I with
// no gap. The tp register holds the thread pointer (TP), which points at the first byte of the
// executable's TLS block (local-exec offsets start at 0); the TCB, if any, lies below TP and its
// layout is the libc's own. GCC and clang read the stack-protector canary from the global
// __stack_chk_guard (GCC's -mstack-protector-guard=global is the default; the tls form exists
// for the kernel only), which the start code seeds.
#pragma once

#include <stddef.h>
#include <stdint.h>

namespace vrt::arch {

inline constexpr bool tls_block_below_thread_pointer = false;  // variant I
inline constexpr size_t tcb_size = 16;                        // reserved, unused by libvrt
inline constexpr size_t tcb_above_thread_pointer = 0;         // the block starts at TP
inline constexpr ptrdiff_t tls_block_bias = 0;
inline constexpr bool canary_in_tcb = false;

inline void init_tcb(void *, uintptr_t) {}

// tp is an ordinary register that user code owns, so no system call is needed.
inline long set_thread_pointer(void *tcb) {
    asm volatile("mv tp, %0" : : "r"(tcb) : "memory");
    return 0;
}

// The thread pointer, for __rseq_offset.
inline void *thread_pointer() { return __builtin_thread_pointer(); }

// The signature rseq(2) registers (include/uapi/linux/rseq.h: the word the kernel expects just
// before every abort handler): the trapping instruction glibc and the kernel's rseq selftests use
// on this arch, csrr mhartid, x0. libvrt has no critical sections; the value matters to code that
// adds its own to libvrt's registration.
inline constexpr uint32_t rseq_signature = 0xf1401073;

}  // namespace vrt::arch

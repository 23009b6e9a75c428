// AArch64 thread pointer and TLS (ELF for the Arm 64-bit Architecture, "Thread Local Storage";
// Drepper, "ELF Handling For Thread-Local Storage", 3.4.1): TLS variant I. TPIDR_EL0 holds the
// thread pointer (TP), which points at a 16-byte TCB; the executable's TLS block starts right
// after it, at TP + 16 rounded up to the block's alignment (the linker's local-exec offsets
// assume exactly that). GCC and clang read the stack-protector canary from the global
// __stack_chk_guard (GCC's -mstack-protector-guard=global is the default outside the kernel),
// which the start code seeds, so the TCB holds nothing libvrt needs.
#pragma once

#include <stddef.h>
#include <stdint.h>

namespace vrt::arch {

inline constexpr bool tls_block_below_thread_pointer = false;  // variant I
inline constexpr size_t tcb_size = 16;
inline constexpr size_t tcb_above_thread_pointer = 16;
inline constexpr ptrdiff_t tls_block_bias = 0;
inline constexpr bool canary_in_tcb = false;

// The two TCB words (the DTV pointer and a reserved word in glibc) stay zero: a static program
// has no DTV.
inline void init_tcb(void *, uintptr_t) {}

// TPIDR_EL0 is writable from EL0, so no system call is needed.
inline long set_thread_pointer(void *tcb) {
    asm volatile("msr tpidr_el0, %0" : : "r"(tcb) : "memory");
    return 0;
}

// The thread pointer, for __rseq_offset.
inline void *thread_pointer() { return __builtin_thread_pointer(); }

// The signature rseq(2) registers (include/uapi/linux/rseq.h: the word the kernel expects just
// before every abort handler): the trapping instruction glibc and the kernel's rseq selftests use
// on this arch, brk #0x45e0. libvrt has no critical sections; the value matters to code that adds
// its own to libvrt's registration.
inline constexpr uint32_t rseq_signature = 0xd428bc00;

}  // namespace vrt::arch

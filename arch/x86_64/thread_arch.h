// x86_64 thread pointer and TLS (ELF Handling For Thread-Local Storage, Drepper, section 3.4.6;
// x86-64 psABI): TLS variant II. %fs holds the thread pointer (TP), which points at the thread
// control block; the TLS block of the executable ends at TP (static offsets are negative).
// The TCB's first word must point to itself (code reads %fs:0 to get TP), and GCC and clang
// read the stack-protector canary at %fs:0x28 (gcc/config/i386/gnu-user64.h, TARGET_THREAD_SSP_OFFSET).
#pragma once

#include <asm/prctl.h>
#include <stddef.h>
#include <stdint.h>

#include "syscall_arch.h"

namespace vrt::arch {

inline constexpr bool tls_block_below_thread_pointer = true;  // variant II
inline constexpr size_t tcb_size = 64;                       // covers %fs:0 .. %fs:0x28 and more
inline constexpr size_t tcb_above_thread_pointer = 0;       // variant I only
inline constexpr ptrdiff_t tls_block_bias = 0;              // variant I only
inline constexpr bool canary_in_tcb = true;

inline void init_tcb(void *tcb, uintptr_t canary) {
    auto *words = static_cast<uintptr_t *>(tcb);
    words[0] = reinterpret_cast<uintptr_t>(tcb);
    words[0x28 / sizeof(uintptr_t)] = canary;
}

inline long set_thread_pointer(void *tcb) {
    return syscall2(__NR_arch_prctl, ARCH_SET_FS, reinterpret_cast<long>(tcb));
}

// The thread pointer, for __rseq_offset.
inline void *thread_pointer() { return __builtin_thread_pointer(); }

// The signature rseq(2) registers (include/uapi/linux/rseq.h: the word the kernel expects just
// before every abort handler): the trapping instruction glibc and the kernel's rseq selftests use
// on this arch, ud1 0x53053053(%rip),%edi. libvrt has no critical sections; the value matters to
// code that adds its own to libvrt's registration.
inline constexpr uint32_t rseq_signature = 0x53053053;

}  // namespace vrt::arch

// s390x thread pointer and TLS (Drepper, "ELF Handling For Thread-Local Storage", 3.4.6 and the
// s390x part of 4; zSeries ELF ABI Supplement): TLS variant II, the executable's TLS block ends
// at the thread pointer (TP), which points at the thread control block. TP lives in two access
// registers, a0 (high 32 bits) and a1 (low 32 bits); user code may set them with sar, and the
// kernel saves them on every switch, so no system call is needed.
// The TCB's first word points to itself (glibc's tcbhead_t, sysdeps/s390/nptl/tls.h), and GCC
// and clang read the stack-protector canary at TP + 0x28 (gcc/config/s390/linux.h,
// TARGET_THREAD_SSP_OFFSET), that struct's stack_guard word.
#pragma once

#include <stddef.h>
#include <stdint.h>

namespace vrt::arch {

inline constexpr bool tls_block_below_thread_pointer = true;  // variant II
inline constexpr size_t tcb_size = 64;                       // covers TP + 0 .. TP + 0x28 and more
inline constexpr size_t tcb_above_thread_pointer = 0;       // variant I only
inline constexpr ptrdiff_t tls_block_bias = 0;              // variant I only
inline constexpr bool canary_in_tcb = true;

inline void init_tcb(void *tcb, uintptr_t canary) {
    auto *words = static_cast<uintptr_t *>(tcb);
    words[0] = reinterpret_cast<uintptr_t>(tcb);
    words[0x28 / sizeof(uintptr_t)] = canary;
}

inline long set_thread_pointer(void *tcb) {
    uintptr_t tp = reinterpret_cast<uintptr_t>(tcb);
    asm volatile("sar %%a1, %0\n\tsrlg %0, %0, 32\n\tsar %%a0, %0" : "+d"(tp) : : "memory");
    return 0;
}

// The thread pointer, for __rseq_offset.
inline void *thread_pointer() { return __builtin_thread_pointer(); }

// The signature rseq(2) registers (include/uapi/linux/rseq.h: the word the kernel expects just
// before every abort handler): the trapping instruction glibc and the kernel's rseq selftests use
// on this arch, trap4 4095(%r0). libvrt has no critical sections; the value matters to code that
// adds its own to libvrt's registration.
inline constexpr uint32_t rseq_signature = 0xb2ff0fff;

}  // namespace vrt::arch

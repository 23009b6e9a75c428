// i386 thread pointer and TLS (Drepper, "ELF Handling For Thread-Local Storage", 3.4.2; i386
// psABI): TLS variant II, the executable's TLS block ends at the thread pointer. The thread
// pointer is the base of the segment %gs selects; set_thread_area(2) installs a GDT entry for it.
// The TCB's first word points to itself (%gs:0), and GCC and clang read the stack-protector
// canary at %gs:0x14 (gcc/config/i386/gnu-user.h, TARGET_THREAD_SSP_OFFSET).
#pragma once

#include <asm/ldt.h>
#include <stddef.h>
#include <stdint.h>

#include "syscall_arch.h"

namespace vrt::arch {

inline constexpr bool tls_block_below_thread_pointer = true;  // variant II
inline constexpr size_t tcb_size = 64;
inline constexpr size_t tcb_above_thread_pointer = 0;       // variant I only
inline constexpr ptrdiff_t tls_block_bias = 0;              // variant I only
inline constexpr bool canary_in_tcb = true;

inline void init_tcb(void *tcb, uintptr_t canary) {
    auto *words = static_cast<uintptr_t *>(tcb);
    words[0] = reinterpret_cast<uintptr_t>(tcb);
    words[0x14 / sizeof(uintptr_t)] = canary;
}

inline long set_thread_pointer(void *tcb) {
    user_desc desc = {};
    desc.entry_number = static_cast<unsigned>(-1);  // let the kernel pick a free TLS slot
    desc.base_addr = reinterpret_cast<unsigned>(tcb);
    desc.limit = 0xfffff;
    desc.seg_32bit = 1;
    desc.limit_in_pages = 1;
    desc.useable = 1;
    long r = syscall1(__NR_set_thread_area, reinterpret_cast<long>(&desc));
    if (r < 0) return r;
    // A selector is index * 8 + table indicator (0: GDT) + requested privilege level 3.
    unsigned selector = desc.entry_number * 8 + 3;
    asm volatile("movw %w0, %%gs" : : "q"(selector));
    return 0;
}

// The thread pointer, for __rseq_offset.
inline void *thread_pointer() { return __builtin_thread_pointer(); }

// The signature rseq(2) registers (include/uapi/linux/rseq.h: the word the kernel expects just
// before every abort handler): the trapping instruction glibc and the kernel's rseq selftests use
// on this arch, ud1 0x53053053,%edi. libvrt has no critical sections; the value matters to code
// that adds its own to libvrt's registration.
inline constexpr uint32_t rseq_signature = 0x53053053;

}  // namespace vrt::arch

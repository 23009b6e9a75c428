// MIPS thread pointer and TLS (Drepper, "ELF Handling For Thread-Local Storage", section 3.4,
// and the MIPS TLS ABI as binutils implements it: TP_OFFSET 0x7000, DTP_OFFSET 0x8000 in
// bfd/elfxx-mips.c):
// TLS variant I, for both MIPS ABIs (o32 and n64). The thread pointer is the UserLocal register, which code reads with
// `rdhwr $3, $29` (the kernel emulates the instruction on CPUs without it) and set_thread_area(2)
// sets. TP points 0x7000 bytes past the start of the executable's TLS block, so that signed
// 16-bit offsets reach 64 KiB of TLS; nothing sits at TP itself.
// GCC has no TARGET_THREAD_SSP_OFFSET for MIPS: the stack-protector canary is the global
// __stack_chk_guard (seeded by crt/start.cpp), not a TCB word.
#pragma once

#include <stddef.h>
#include <stdint.h>

#include "syscall_arch.h"

namespace vrt::arch {

inline constexpr bool tls_block_below_thread_pointer = false;  // variant I
// Room for glibc's tcbhead_t {dtv, private} right below the TLS block, where a future thread
// layer would keep its DTV; libvrt reads nothing there today.
inline constexpr size_t tcb_size = 16;
inline constexpr size_t tcb_above_thread_pointer = 0;  // the block starts at TP - 0x7000
inline constexpr ptrdiff_t tls_block_bias = -0x7000;
inline constexpr bool canary_in_tcb = false;

// TP lies 0x7000 bytes into (or past) the area: there is no TCB word to write at it.
inline void init_tcb(void *, uintptr_t) {}

inline long set_thread_pointer(void *tp) {
    return syscall1(__NR_set_thread_area, reinterpret_cast<long>(tp));
}

// The thread pointer, for __rseq_offset.
inline void *thread_pointer() { return __builtin_thread_pointer(); }

// The signature rseq(2) registers (include/uapi/linux/rseq.h: the word the kernel expects just
// before every abort handler): the trapping instruction glibc and the kernel's rseq selftests use
// on this arch, break 0x350. libvrt has no critical sections; the value matters to code that adds
// its own to libvrt's registration.
inline constexpr uint32_t rseq_signature = 0x0350000d;

}  // namespace vrt::arch

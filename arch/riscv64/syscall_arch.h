// RISC-V system call ABI (man 2 syscall; arch/riscv/kernel/entry.S, handle_exception):
//   instruction  ecall
//   number       a7
//   arguments    a0 a1 a2 a3 a4 a5
//   result       a0; -4095..-1 is -errno
//   clobbered    nothing else: the kernel restores every register but a0
#pragma once

#include <asm/unistd.h>

#include "arch/syscall_policy.h"

namespace vrt::arch {

inline long syscall0(long n) {
    register long a7 asm("a7") = n;
    register long a0 asm("a0");
    asm volatile("ecall" : "=r"(a0) : "r"(a7) : "memory");
    return a0;
}

inline long syscall1(long n, long a) {
    register long a7 asm("a7") = n;
    register long a0 asm("a0") = a;
    asm volatile("ecall" : "+r"(a0) : "r"(a7) : "memory");
    return a0;
}

inline long syscall2(long n, long a, long b) {
    register long a7 asm("a7") = n;
    register long a0 asm("a0") = a;
    register long a1 asm("a1") = b;
    asm volatile("ecall" : "+r"(a0) : "r"(a7), "r"(a1) : "memory");
    return a0;
}

inline long syscall3(long n, long a, long b, long c) {
    register long a7 asm("a7") = n;
    register long a0 asm("a0") = a;
    register long a1 asm("a1") = b;
    register long a2 asm("a2") = c;
    asm volatile("ecall" : "+r"(a0) : "r"(a7), "r"(a1), "r"(a2) : "memory");
    return a0;
}

inline long syscall4(long n, long a, long b, long c, long d) {
    register long a7 asm("a7") = n;
    register long a0 asm("a0") = a;
    register long a1 asm("a1") = b;
    register long a2 asm("a2") = c;
    register long a3 asm("a3") = d;
    asm volatile("ecall" : "+r"(a0) : "r"(a7), "r"(a1), "r"(a2), "r"(a3) : "memory");
    return a0;
}

inline long syscall5(long n, long a, long b, long c, long d, long e) {
    register long a7 asm("a7") = n;
    register long a0 asm("a0") = a;
    register long a1 asm("a1") = b;
    register long a2 asm("a2") = c;
    register long a3 asm("a3") = d;
    register long a4 asm("a4") = e;
    asm volatile("ecall" : "+r"(a0) : "r"(a7), "r"(a1), "r"(a2), "r"(a3), "r"(a4) : "memory");
    return a0;
}

inline long syscall6(long n, long a, long b, long c, long d, long e, long f) {
    register long a7 asm("a7") = n;
    register long a0 asm("a0") = a;
    register long a1 asm("a1") = b;
    register long a2 asm("a2") = c;
    register long a3 asm("a3") = d;
    register long a4 asm("a4") = e;
    register long a5 asm("a5") = f;
    asm volatile("ecall" : "+r"(a0) : "r"(a7), "r"(a1), "r"(a2), "r"(a3), "r"(a4), "r"(a5)
                 : "memory");
    return a0;
}

// One entry instruction; there is no AT_SYSINFO.
inline void select_syscall_entry(unsigned long) {}
inline const char *syscall_entry_name() { return "ecall"; }

// A 64-bit ABI on the kernel's generic table (arch/syscall_policy.h).
inline constexpr SyscallPolicy syscall_policy = plain_64bit_policy;

}  // namespace vrt::arch

// AArch64 system call ABI (man 2 syscall; arch/arm64/kernel/entry.S, el0_svc):
//   instruction  svc #0
//   number       x8
//   arguments    x0 x1 x2 x3 x4 x5
//   result       x0; -4095..-1 is -errno
//   clobbered    nothing else: the kernel restores every register but x0
#pragma once

#include <asm/unistd.h>

#include "arch/syscall_policy.h"

namespace vrt::arch {

inline long syscall0(long n) {
    register long x8 asm("x8") = n;
    register long x0 asm("x0");
    asm volatile("svc #0" : "=r"(x0) : "r"(x8) : "memory");
    return x0;
}

inline long syscall1(long n, long a) {
    register long x8 asm("x8") = n;
    register long x0 asm("x0") = a;
    asm volatile("svc #0" : "+r"(x0) : "r"(x8) : "memory");
    return x0;
}

inline long syscall2(long n, long a, long b) {
    register long x8 asm("x8") = n;
    register long x0 asm("x0") = a;
    register long x1 asm("x1") = b;
    asm volatile("svc #0" : "+r"(x0) : "r"(x8), "r"(x1) : "memory");
    return x0;
}

inline long syscall3(long n, long a, long b, long c) {
    register long x8 asm("x8") = n;
    register long x0 asm("x0") = a;
    register long x1 asm("x1") = b;
    register long x2 asm("x2") = c;
    asm volatile("svc #0" : "+r"(x0) : "r"(x8), "r"(x1), "r"(x2) : "memory");
    return x0;
}

inline long syscall4(long n, long a, long b, long c, long d) {
    register long x8 asm("x8") = n;
    register long x0 asm("x0") = a;
    register long x1 asm("x1") = b;
    register long x2 asm("x2") = c;
    register long x3 asm("x3") = d;
    asm volatile("svc #0" : "+r"(x0) : "r"(x8), "r"(x1), "r"(x2), "r"(x3) : "memory");
    return x0;
}

inline long syscall5(long n, long a, long b, long c, long d, long e) {
    register long x8 asm("x8") = n;
    register long x0 asm("x0") = a;
    register long x1 asm("x1") = b;
    register long x2 asm("x2") = c;
    register long x3 asm("x3") = d;
    register long x4 asm("x4") = e;
    asm volatile("svc #0" : "+r"(x0) : "r"(x8), "r"(x1), "r"(x2), "r"(x3), "r"(x4) : "memory");
    return x0;
}

inline long syscall6(long n, long a, long b, long c, long d, long e, long f) {
    register long x8 asm("x8") = n;
    register long x0 asm("x0") = a;
    register long x1 asm("x1") = b;
    register long x2 asm("x2") = c;
    register long x3 asm("x3") = d;
    register long x4 asm("x4") = e;
    register long x5 asm("x5") = f;
    asm volatile("svc #0" : "+r"(x0) : "r"(x8), "r"(x1), "r"(x2), "r"(x3), "r"(x4), "r"(x5)
                 : "memory");
    return x0;
}

// One entry instruction; there is no AT_SYSINFO.
inline void select_syscall_entry(unsigned long) {}
inline const char *syscall_entry_name() { return "svc #0"; }

// A 64-bit ABI on the kernel's generic table (arch/syscall_policy.h).
inline constexpr SyscallPolicy syscall_policy = plain_64bit_policy;

}  // namespace vrt::arch

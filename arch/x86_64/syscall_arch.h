// x86_64 system call ABI (man 2 syscall; arch/x86/entry/entry_64.S):
//   instruction  syscall
//   number       rax
//   arguments    rdi rsi rdx r10 r8 r9
//   result       rax; -4095..-1 is -errno
//   clobbered    rcx (return address), r11 (saved rflags)
#pragma once

#include <asm/unistd.h>

#include "arch/syscall_policy.h"

namespace vrt::arch {

inline long syscall0(long n) {
    long ret;
    asm volatile("syscall" : "=a"(ret) : "a"(n) : "rcx", "r11", "memory");
    return ret;
}

inline long syscall1(long n, long a) {
    long ret;
    asm volatile("syscall" : "=a"(ret) : "a"(n), "D"(a) : "rcx", "r11", "memory");
    return ret;
}

inline long syscall2(long n, long a, long b) {
    long ret;
    asm volatile("syscall" : "=a"(ret) : "a"(n), "D"(a), "S"(b) : "rcx", "r11", "memory");
    return ret;
}

inline long syscall3(long n, long a, long b, long c) {
    long ret;
    asm volatile("syscall" : "=a"(ret) : "a"(n), "D"(a), "S"(b), "d"(c) : "rcx", "r11", "memory");
    return ret;
}

inline long syscall4(long n, long a, long b, long c, long d) {
    register long r10 asm("r10") = d;
    long ret;
    asm volatile("syscall" : "=a"(ret) : "a"(n), "D"(a), "S"(b), "d"(c), "r"(r10)
                 : "rcx", "r11", "memory");
    return ret;
}

inline long syscall5(long n, long a, long b, long c, long d, long e) {
    register long r10 asm("r10") = d;
    register long r8 asm("r8") = e;
    long ret;
    asm volatile("syscall" : "=a"(ret) : "a"(n), "D"(a), "S"(b), "d"(c), "r"(r10), "r"(r8)
                 : "rcx", "r11", "memory");
    return ret;
}

inline long syscall6(long n, long a, long b, long c, long d, long e, long f) {
    register long r10 asm("r10") = d;
    register long r8 asm("r8") = e;
    register long r9 asm("r9") = f;
    long ret;
    asm volatile("syscall" : "=a"(ret)
                 : "a"(n), "D"(a), "S"(b), "d"(c), "r"(r10), "r"(r8), "r"(r9)
                 : "rcx", "r11", "memory");
    return ret;
}

// x86_64 has one entry instruction; AT_SYSINFO does not exist here.
inline void select_syscall_entry(unsigned long) {}
inline const char *syscall_entry_name() { return "syscall"; }

// A plain 64-bit ABI (arch/syscall_policy.h) that also has time(2).
inline constexpr SyscallPolicy syscall_policy = [] {
    SyscallPolicy policy = plain_64bit_policy;
    policy.nr_time = __NR_time;
    return policy;
}();

}  // namespace vrt::arch

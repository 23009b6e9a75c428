// 32-bit Arm EABI system call ABI (man 2 syscall; arch/arm/kernel/entry-common.S, vector_swi):
//   instruction  svc #0
//   number       r7
//   arguments    r0 r1 r2 r3 r4 r5
//   result       r0; -4095..-1 is -errno
//   clobbered    nothing else: the kernel restores every register but r0
// r7 is the frame pointer in Thumb code, which GCC refuses to bind to an asm operand when a frame
// pointer is in use, so every call parks r7 in ip (r12), loads the number, and puts r7 back.
#pragma once

#include <asm/unistd.h>

#include "arch/syscall_policy.h"

namespace vrt::arch {

inline long syscall0(long n) {
    register long r0 asm("r0");
    asm volatile("mov ip, r7\n\tmov r7, %[n]\n\tsvc #0\n\tmov r7, ip"
                 : "=r"(r0) : [n] "r"(n) : "ip", "memory");
    return r0;
}

inline long syscall1(long n, long a) {
    register long r0 asm("r0") = a;
    asm volatile("mov ip, r7\n\tmov r7, %[n]\n\tsvc #0\n\tmov r7, ip"
                 : "+r"(r0) : [n] "r"(n) : "ip", "memory");
    return r0;
}

inline long syscall2(long n, long a, long b) {
    register long r0 asm("r0") = a;
    register long r1 asm("r1") = b;
    asm volatile("mov ip, r7\n\tmov r7, %[n]\n\tsvc #0\n\tmov r7, ip"
                 : "+r"(r0) : [n] "r"(n), "r"(r1) : "ip", "memory");
    return r0;
}

inline long syscall3(long n, long a, long b, long c) {
    register long r0 asm("r0") = a;
    register long r1 asm("r1") = b;
    register long r2 asm("r2") = c;
    asm volatile("mov ip, r7\n\tmov r7, %[n]\n\tsvc #0\n\tmov r7, ip"
                 : "+r"(r0) : [n] "r"(n), "r"(r1), "r"(r2) : "ip", "memory");
    return r0;
}

inline long syscall4(long n, long a, long b, long c, long d) {
    register long r0 asm("r0") = a;
    register long r1 asm("r1") = b;
    register long r2 asm("r2") = c;
    register long r3 asm("r3") = d;
    asm volatile("mov ip, r7\n\tmov r7, %[n]\n\tsvc #0\n\tmov r7, ip"
                 : "+r"(r0) : [n] "r"(n), "r"(r1), "r"(r2), "r"(r3) : "ip", "memory");
    return r0;
}

inline long syscall5(long n, long a, long b, long c, long d, long e) {
    register long r0 asm("r0") = a;
    register long r1 asm("r1") = b;
    register long r2 asm("r2") = c;
    register long r3 asm("r3") = d;
    register long r4 asm("r4") = e;
    asm volatile("mov ip, r7\n\tmov r7, %[n]\n\tsvc #0\n\tmov r7, ip"
                 : "+r"(r0) : [n] "r"(n), "r"(r1), "r"(r2), "r"(r3), "r"(r4) : "ip", "memory");
    return r0;
}

inline long syscall6(long n, long a, long b, long c, long d, long e, long f) {
    register long r0 asm("r0") = a;
    register long r1 asm("r1") = b;
    register long r2 asm("r2") = c;
    register long r3 asm("r3") = d;
    register long r4 asm("r4") = e;
    register long r5 asm("r5") = f;
    asm volatile("mov ip, r7\n\tmov r7, %[n]\n\tsvc #0\n\tmov r7, ip"
                 : "+r"(r0) : [n] "r"(n), "r"(r1), "r"(r2), "r"(r3), "r"(r4), "r"(r5)
                 : "ip", "memory");
    return r0;
}

// One entry instruction; there is no AT_SYSINFO.
inline void select_syscall_entry(unsigned long) {}
inline const char *syscall_entry_name() { return "svc #0"; }

// A plain 32-bit ABI (arch/syscall_policy.h; mmap2: arch/arm/kernel/entry-common.S, sys_mmap2),
// except that EABI puts a 64-bit pair in an even/odd register pair, leaving a hole before it:
// pread64 takes fd, buf, count, unused, offset low, offset high (AAPCS argument passing; OABI,
// which had no hole, needs sys_oabi_pread64 in arch/arm/tools/syscall.tbl). EABI has no time(2)
// (arch/arm/tools/syscall.tbl lists it as oabi only).
inline constexpr SyscallPolicy syscall_policy = [] {
    SyscallPolicy policy = plain_32bit_policy;
    policy.register_pairs_start_even = true;
    return policy;
}();

}  // namespace vrt::arch

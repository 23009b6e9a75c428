// ppc64le system call ABI (Documentation/powerpc/syscall64-abi.rst; man 2 syscall):
//   instruction  sc
//   number       r0
//   arguments    r3 r4 r5 r6 r7 r8
//   result       r3; on failure CR0.SO is set and r3 holds a *positive* errno
//   clobbered    r0, r3-r12, cr0, ctr, xer (the ELF ABI's volatile registers, except that cr1,
//                cr5-cr7 and lr survive a system call)
// Each stub turns the error convention into the one every other arch has: `bns+` skips the
// negation when SO is clear, so the result is a value or -errno in -4095..-1.
// (The scv 0 instruction of POWER9 returns -errno directly, but needs AT_HWCAP2's
// PPC_FEATURE2_SCV to be checked first; sc works everywhere.)
#pragma once

#include <asm/unistd.h>

#include "arch/syscall_policy.h"

namespace vrt::arch {

inline long syscall0(long n) {
    register long r0 asm("r0") = n;
    register long r3 asm("r3");
    asm volatile("sc\n\tbns+ 1f\n\tneg %1, %1\n1:"
                 : "+r"(r0), "=r"(r3)
                 :
                 : "r4", "r5", "r6", "r7", "r8", "r9", "r10", "r11", "r12", "cr0", "ctr", "xer",
                   "memory");
    return r3;
}

inline long syscall1(long n, long a) {
    register long r0 asm("r0") = n;
    register long r3 asm("r3") = a;
    asm volatile("sc\n\tbns+ 1f\n\tneg %1, %1\n1:"
                 : "+r"(r0), "+r"(r3)
                 :
                 : "r4", "r5", "r6", "r7", "r8", "r9", "r10", "r11", "r12", "cr0", "ctr", "xer",
                   "memory");
    return r3;
}

inline long syscall2(long n, long a, long b) {
    register long r0 asm("r0") = n;
    register long r3 asm("r3") = a;
    register long r4 asm("r4") = b;
    asm volatile("sc\n\tbns+ 1f\n\tneg %1, %1\n1:"
                 : "+r"(r0), "+r"(r3), "+r"(r4)
                 :
                 : "r5", "r6", "r7", "r8", "r9", "r10", "r11", "r12", "cr0", "ctr", "xer", "memory");
    return r3;
}

inline long syscall3(long n, long a, long b, long c) {
    register long r0 asm("r0") = n;
    register long r3 asm("r3") = a;
    register long r4 asm("r4") = b;
    register long r5 asm("r5") = c;
    asm volatile("sc\n\tbns+ 1f\n\tneg %1, %1\n1:"
                 : "+r"(r0), "+r"(r3), "+r"(r4), "+r"(r5)
                 :
                 : "r6", "r7", "r8", "r9", "r10", "r11", "r12", "cr0", "ctr", "xer", "memory");
    return r3;
}

inline long syscall4(long n, long a, long b, long c, long d) {
    register long r0 asm("r0") = n;
    register long r3 asm("r3") = a;
    register long r4 asm("r4") = b;
    register long r5 asm("r5") = c;
    register long r6 asm("r6") = d;
    asm volatile("sc\n\tbns+ 1f\n\tneg %1, %1\n1:"
                 : "+r"(r0), "+r"(r3), "+r"(r4), "+r"(r5), "+r"(r6)
                 :
                 : "r7", "r8", "r9", "r10", "r11", "r12", "cr0", "ctr", "xer", "memory");
    return r3;
}

inline long syscall5(long n, long a, long b, long c, long d, long e) {
    register long r0 asm("r0") = n;
    register long r3 asm("r3") = a;
    register long r4 asm("r4") = b;
    register long r5 asm("r5") = c;
    register long r6 asm("r6") = d;
    register long r7 asm("r7") = e;
    asm volatile("sc\n\tbns+ 1f\n\tneg %1, %1\n1:"
                 : "+r"(r0), "+r"(r3), "+r"(r4), "+r"(r5), "+r"(r6), "+r"(r7)
                 :
                 : "r8", "r9", "r10", "r11", "r12", "cr0", "ctr", "xer", "memory");
    return r3;
}

inline long syscall6(long n, long a, long b, long c, long d, long e, long f) {
    register long r0 asm("r0") = n;
    register long r3 asm("r3") = a;
    register long r4 asm("r4") = b;
    register long r5 asm("r5") = c;
    register long r6 asm("r6") = d;
    register long r7 asm("r7") = e;
    register long r8 asm("r8") = f;
    asm volatile("sc\n\tbns+ 1f\n\tneg %1, %1\n1:"
                 : "+r"(r0), "+r"(r3), "+r"(r4), "+r"(r5), "+r"(r6), "+r"(r7), "+r"(r8)
                 :
                 : "r9", "r10", "r11", "r12", "cr0", "ctr", "xer", "memory");
    return r3;
}

// ppc64le has one entry instruction; AT_SYSINFO does not exist here.
inline void select_syscall_entry(unsigned long) {}
inline const char *syscall_entry_name() { return "sc"; }

// A plain 64-bit ABI (arch/syscall_policy.h) that also has time(2).
inline constexpr SyscallPolicy syscall_policy = [] {
    SyscallPolicy policy = plain_64bit_policy;
    policy.nr_time = __NR_time;
    return policy;
}();

}  // namespace vrt::arch

// s390x system call ABI (man 2 syscall; arch/s390/kernel/entry.S):
//   instruction  svc 0 (svc N encodes numbers below 256 in the instruction; 0 means "take it
//                from r1", which works for every number)
//   number       r1
//   arguments    r2 r3 r4 r5 r6 r7
//   result       r2; -4095..-1 is -errno
//   clobbered    nothing else: every other general, access and floating-point register survives
//                (r6 and r7 are call-saved in the C ABI, so binding them here makes the compiler
//                save them around the call)
// mmap(2) is the old one here: a single pointer to six words (see mmap_takes_argument_block).
#pragma once

#include <asm/unistd.h>

#include "arch/syscall_policy.h"

namespace vrt::arch {

inline long syscall0(long n) {
    register long r1 asm("r1") = n;
    register long r2 asm("r2");
    asm volatile("svc 0" : "=r"(r2) : "r"(r1) : "memory");
    return r2;
}

inline long syscall1(long n, long a) {
    register long r1 asm("r1") = n;
    register long r2 asm("r2") = a;
    asm volatile("svc 0" : "+r"(r2) : "r"(r1) : "memory");
    return r2;
}

inline long syscall2(long n, long a, long b) {
    register long r1 asm("r1") = n;
    register long r2 asm("r2") = a;
    register long r3 asm("r3") = b;
    asm volatile("svc 0" : "+r"(r2) : "r"(r1), "r"(r3) : "memory");
    return r2;
}

inline long syscall3(long n, long a, long b, long c) {
    register long r1 asm("r1") = n;
    register long r2 asm("r2") = a;
    register long r3 asm("r3") = b;
    register long r4 asm("r4") = c;
    asm volatile("svc 0" : "+r"(r2) : "r"(r1), "r"(r3), "r"(r4) : "memory");
    return r2;
}

inline long syscall4(long n, long a, long b, long c, long d) {
    register long r1 asm("r1") = n;
    register long r2 asm("r2") = a;
    register long r3 asm("r3") = b;
    register long r4 asm("r4") = c;
    register long r5 asm("r5") = d;
    asm volatile("svc 0" : "+r"(r2) : "r"(r1), "r"(r3), "r"(r4), "r"(r5) : "memory");
    return r2;
}

inline long syscall5(long n, long a, long b, long c, long d, long e) {
    register long r1 asm("r1") = n;
    register long r2 asm("r2") = a;
    register long r3 asm("r3") = b;
    register long r4 asm("r4") = c;
    register long r5 asm("r5") = d;
    register long r6 asm("r6") = e;
    asm volatile("svc 0" : "+r"(r2) : "r"(r1), "r"(r3), "r"(r4), "r"(r5), "r"(r6) : "memory");
    return r2;
}

inline long syscall6(long n, long a, long b, long c, long d, long e, long f) {
    register long r1 asm("r1") = n;
    register long r2 asm("r2") = a;
    register long r3 asm("r3") = b;
    register long r4 asm("r4") = c;
    register long r5 asm("r5") = d;
    register long r6 asm("r6") = e;
    register long r7 asm("r7") = f;
    asm volatile("svc 0" : "+r"(r2) : "r"(r1), "r"(r3), "r"(r4), "r"(r5), "r"(r6), "r"(r7)
                 : "memory");
    return r2;
}

// s390x has one entry instruction; AT_SYSINFO does not exist here.
inline void select_syscall_entry(unsigned long) {}
inline const char *syscall_entry_name() { return "svc 0"; }

// A plain 64-bit ABI, but on 64-bit s390 __NR_mmap is old_mmap (arch/s390/kernel/syscall.c;
// syscall.tbl maps 90 to sys_old_mmap): its one argument points at {addr, length, prot, flags,
// fd, offset}, six words in memory, with the offset in bytes; there is no mmap2 on 64-bit. No
// time(2) either: syscall.tbl lists it for the 31-bit ABI only.
inline constexpr SyscallPolicy syscall_policy = [] {
    SyscallPolicy policy = plain_64bit_policy;
    policy.mmap_takes_argument_block = true;
    return policy;
}();

}  // namespace vrt::arch

// MIPS n64 system call ABI (arch/mips/kernel/scall64-n64.S; man 2 syscall):
//   instruction  syscall
//   number       v0 ($2): 5000 + n (__NR_Linux in asm/unistd_n64.h)
//   arguments    a0 a1 a2 a3 a4 a5 ($4-$9)
//   result       v0; on failure a3 ($7) != 0 and v0 holds the *positive* errno, which these
//                stubs negate so that the rest of libvrt sees the usual -errno
//   clobbered    at ($1), v1 ($3, a second result), $10-$15, t8 ($24), t9 ($25), hi, lo: the
//                syscall exit restores only v0-a5, gp, sp and ra (RESTORE_SOME in
//                arch/mips/include/asm/stackframe.h)
// Since Linux 2.6.36 (commit 8f5a00eb422e) a restarted system call gets v0 back from the kernel,
// so the number needs no reloadable instruction right before `syscall`.
#pragma once

#include <asm/unistd.h>

#include "arch/syscall_policy.h"

namespace vrt::arch {

inline long syscall_result(long v0, long a3) { return a3 ? -v0 : v0; }

inline long syscall0(long n) {
    register long v0 asm("$2") = n;
    register long a3 asm("$7");
    asm volatile("syscall" : "+r"(v0), "=r"(a3)
                 : : "$1", "$3", "$10", "$11", "$12", "$13", "$14", "$15", "$24", "$25", "hi", "lo",
                     "memory");
    return syscall_result(v0, a3);
}

inline long syscall1(long n, long a) {
    register long v0 asm("$2") = n;
    register long a0 asm("$4") = a;
    register long a3 asm("$7");
    asm volatile("syscall" : "+r"(v0), "=r"(a3)
                 : "r"(a0)
                 : "$1", "$3", "$10", "$11", "$12", "$13", "$14", "$15", "$24", "$25", "hi", "lo",
                   "memory");
    return syscall_result(v0, a3);
}

inline long syscall2(long n, long a, long b) {
    register long v0 asm("$2") = n;
    register long a0 asm("$4") = a;
    register long a1 asm("$5") = b;
    register long a3 asm("$7");
    asm volatile("syscall" : "+r"(v0), "=r"(a3)
                 : "r"(a0), "r"(a1)
                 : "$1", "$3", "$10", "$11", "$12", "$13", "$14", "$15", "$24", "$25", "hi", "lo",
                   "memory");
    return syscall_result(v0, a3);
}

inline long syscall3(long n, long a, long b, long c) {
    register long v0 asm("$2") = n;
    register long a0 asm("$4") = a;
    register long a1 asm("$5") = b;
    register long a2 asm("$6") = c;
    register long a3 asm("$7");
    asm volatile("syscall" : "+r"(v0), "=r"(a3)
                 : "r"(a0), "r"(a1), "r"(a2)
                 : "$1", "$3", "$10", "$11", "$12", "$13", "$14", "$15", "$24", "$25", "hi", "lo",
                   "memory");
    return syscall_result(v0, a3);
}

inline long syscall4(long n, long a, long b, long c, long d) {
    register long v0 asm("$2") = n;
    register long a0 asm("$4") = a;
    register long a1 asm("$5") = b;
    register long a2 asm("$6") = c;
    register long a3 asm("$7") = d;
    asm volatile("syscall" : "+r"(v0), "+r"(a3)
                 : "r"(a0), "r"(a1), "r"(a2)
                 : "$1", "$3", "$10", "$11", "$12", "$13", "$14", "$15", "$24", "$25", "hi", "lo",
                   "memory");
    return syscall_result(v0, a3);
}

inline long syscall5(long n, long a, long b, long c, long d, long e) {
    register long v0 asm("$2") = n;
    register long a0 asm("$4") = a;
    register long a1 asm("$5") = b;
    register long a2 asm("$6") = c;
    register long a3 asm("$7") = d;
    register long a4 asm("$8") = e;
    asm volatile("syscall" : "+r"(v0), "+r"(a3)
                 : "r"(a0), "r"(a1), "r"(a2), "r"(a4)
                 : "$1", "$3", "$10", "$11", "$12", "$13", "$14", "$15", "$24", "$25", "hi", "lo",
                   "memory");
    return syscall_result(v0, a3);
}

inline long syscall6(long n, long a, long b, long c, long d, long e, long f) {
    register long v0 asm("$2") = n;
    register long a0 asm("$4") = a;
    register long a1 asm("$5") = b;
    register long a2 asm("$6") = c;
    register long a3 asm("$7") = d;
    register long a4 asm("$8") = e;
    register long a5 asm("$9") = f;
    asm volatile("syscall" : "+r"(v0), "+r"(a3)
                 : "r"(a0), "r"(a1), "r"(a2), "r"(a4), "r"(a5)
                 : "$1", "$3", "$10", "$11", "$12", "$13", "$14", "$15", "$24", "$25", "hi", "lo",
                   "memory");
    return syscall_result(v0, a3);
}

// MIPS has one entry instruction; AT_SYSINFO does not exist here.
inline void select_syscall_entry(unsigned long) {}
inline const char *syscall_entry_name() { return "syscall"; }

// n64: offsets in one register, time 64-bit from the start, and no time(2) (asm/unistd_n64.h).
inline constexpr SyscallPolicy syscall_policy = plain_64bit_policy;

}  // namespace vrt::arch

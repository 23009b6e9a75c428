// MIPS o32 system call ABI (arch/mips/kernel/scall32-o32.S, and scall64-o32.S for an o32
// program on a 64-bit kernel; man 2 syscall):
//   instruction  syscall
//   number       v0 ($2): 4000 + n (__NR_Linux in asm/unistd_o32.h)
//   arguments    a0 a1 a2 a3 ($4-$7); the 5th and 6th on the user stack at 16($sp) and 20($sp)
//                (the o32 argument slots), which the kernel reads: the stubs that pass them
//                open a 32-byte frame around `syscall` to hold them, as glibc and musl do
//   result       v0; on failure a3 ($7) != 0 and v0 holds the *positive* errno, which these
//                stubs negate so that the rest of libvrt sees the usual -errno
//   clobbered    at ($1), v1 ($3, a second result), t0-t9 ($8-$15, $24, $25), hi, lo: the
//                syscall exit restores only v0-a3, gp, sp and ra (RESTORE_SOME in
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
                 : : "$1", "$3", "$8", "$9", "$10", "$11", "$12", "$13", "$14", "$15", "$24", "$25",
                     "hi", "lo", "memory");
    return syscall_result(v0, a3);
}

inline long syscall1(long n, long a) {
    register long v0 asm("$2") = n;
    register long a0 asm("$4") = a;
    register long a3 asm("$7");
    asm volatile("syscall" : "+r"(v0), "=r"(a3)
                 : "r"(a0)
                 : "$1", "$3", "$8", "$9", "$10", "$11", "$12", "$13", "$14", "$15", "$24", "$25",
                   "hi", "lo", "memory");
    return syscall_result(v0, a3);
}

inline long syscall2(long n, long a, long b) {
    register long v0 asm("$2") = n;
    register long a0 asm("$4") = a;
    register long a1 asm("$5") = b;
    register long a3 asm("$7");
    asm volatile("syscall" : "+r"(v0), "=r"(a3)
                 : "r"(a0), "r"(a1)
                 : "$1", "$3", "$8", "$9", "$10", "$11", "$12", "$13", "$14", "$15", "$24", "$25",
                   "hi", "lo", "memory");
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
                 : "$1", "$3", "$8", "$9", "$10", "$11", "$12", "$13", "$14", "$15", "$24", "$25",
                   "hi", "lo", "memory");
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
                 : "$1", "$3", "$8", "$9", "$10", "$11", "$12", "$13", "$14", "$15", "$24", "$25",
                   "hi", "lo", "memory");
    return syscall_result(v0, a3);
}

// The stack arguments are stored inside the asm, after $sp moves, so the compiler's own use of
// the stack cannot overlap them; e and f arrive in registers the asm does not otherwise touch.
inline long syscall5(long n, long a, long b, long c, long d, long e) {
    register long v0 asm("$2") = n;
    register long a0 asm("$4") = a;
    register long a1 asm("$5") = b;
    register long a2 asm("$6") = c;
    register long a3 asm("$7") = d;
    asm volatile("addiu $sp, $sp, -32\n\t"
                 "sw %[e], 16($sp)\n\t"
                 "syscall\n\t"
                 "addiu $sp, $sp, 32"
                 : "+r"(v0), "+r"(a3)
                 : "r"(a0), "r"(a1), "r"(a2), [e] "r"(e)
                 : "$1", "$3", "$8", "$9", "$10", "$11", "$12", "$13", "$14", "$15", "$24", "$25",
                   "hi", "lo", "memory");
    return syscall_result(v0, a3);
}

inline long syscall6(long n, long a, long b, long c, long d, long e, long f) {
    register long v0 asm("$2") = n;
    register long a0 asm("$4") = a;
    register long a1 asm("$5") = b;
    register long a2 asm("$6") = c;
    register long a3 asm("$7") = d;
    asm volatile("addiu $sp, $sp, -32\n\t"
                 "sw %[e], 16($sp)\n\t"
                 "sw %[f], 20($sp)\n\t"
                 "syscall\n\t"
                 "addiu $sp, $sp, 32"
                 : "+r"(v0), "+r"(a3)
                 : "r"(a0), "r"(a1), "r"(a2), [e] "r"(e), [f] "r"(f)
                 : "$1", "$3", "$8", "$9", "$10", "$11", "$12", "$13", "$14", "$15", "$24", "$25",
                   "hi", "lo", "memory");
    return syscall_result(v0, a3);
}

// MIPS has one entry instruction; AT_SYSINFO does not exist here.
inline void select_syscall_entry(unsigned long) {}
inline const char *syscall_entry_name() { return "syscall"; }

// A plain 32-bit ABI (arch/syscall_policy.h; mmap2: sys_mips_mmap2, arch/mips/kernel/syscall.c),
// except that o32 puts a 64-bit pair in an even-odd register pair, skipping a register if need
// be (pread64's offset is in a2/a3 after a padding word, not in a3 and 16($sp)); and it has
// time(2).
inline constexpr SyscallPolicy syscall_policy = [] {
    SyscallPolicy policy = plain_32bit_policy;
    policy.register_pairs_start_even = true;
    policy.nr_time = __NR_time;
    return policy;
}();

}  // namespace vrt::arch

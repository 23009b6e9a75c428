// i386 system calls: every call goes through __vrt_syscall (arch/i386/syscall.S), which enters
// the kernel through int $0x80 or the vDSO's __kernel_vsyscall; see that file for the ABI.
#pragma once

#include <asm/unistd.h>

#include "arch/syscall_policy.h"

extern "C" long __vrt_syscall(long n, long a, long b, long c, long d, long e, long f);
extern "C" void *__vrt_syscall_entry;  // the kernel entry in use
extern "C" char __vrt_int80[];         // int $0x80; ret

namespace vrt::arch {

inline long syscall0(long n) { return __vrt_syscall(n, 0, 0, 0, 0, 0, 0); }
inline long syscall1(long n, long a) { return __vrt_syscall(n, a, 0, 0, 0, 0, 0); }
inline long syscall2(long n, long a, long b) { return __vrt_syscall(n, a, b, 0, 0, 0, 0); }
inline long syscall3(long n, long a, long b, long c) { return __vrt_syscall(n, a, b, c, 0, 0, 0); }
inline long syscall4(long n, long a, long b, long c, long d) {
    return __vrt_syscall(n, a, b, c, d, 0, 0);
}
inline long syscall5(long n, long a, long b, long c, long d, long e) {
    return __vrt_syscall(n, a, b, c, d, e, 0);
}
inline long syscall6(long n, long a, long b, long c, long d, long e, long f) {
    return __vrt_syscall(n, a, b, c, d, e, f);
}

// AT_SYSINFO, when the kernel passes it, is the address of __kernel_vsyscall: the fast entry.
inline void select_syscall_entry(unsigned long at_sysinfo) {
    if (at_sysinfo) __vrt_syscall_entry = reinterpret_cast<void *>(at_sysinfo);
}
inline const char *syscall_entry_name() {
    return __vrt_syscall_entry == static_cast<void *>(__vrt_int80) ? "int $0x80" : "__kernel_vsyscall";
}

// A plain 32-bit ABI (arch/syscall_policy.h; mmap2's 4096-byte units: arch/x86/kernel/sys_ia32.c)
// that also has time(2).
inline constexpr SyscallPolicy syscall_policy = [] {
    SyscallPolicy policy = plain_32bit_policy;
    policy.nr_time = __NR_time;
    return policy;
}();

}  // namespace vrt::arch

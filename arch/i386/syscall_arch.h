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

inline constexpr SyscallPolicy syscall_policy = {
    // 64-bit offsets travel as two registers, low word first (little-endian order); mmap2 takes the
    // offset in 4096-byte units whatever the page size (arch/x86/kernel/sys_ia32.c); lseek of a
    // 64-bit offset is _llseek.
    .offsets_split_in_two_registers = true,
    .register_pairs_start_even = false,
    .nr_mmap = __NR_mmap2,
    .mmap_offset_shift = 12,
    .mmap_takes_argument_block = false,
    .nr_lseek = __NR__llseek,
    // fcntl64 on 32-bit arches: the fcntl that knows 64-bit struct flock (F_GETLK64...).
    .nr_fcntl = __NR_fcntl64,

    // Time system calls taking libvrt's 64-bit struct timespec (Linux 5.1+), and the time32 ones
    // tried only when those give ENOSYS. nr_time is -1 where there is no time(2).
    .nr_clock_gettime = __NR_clock_gettime64,
    .nr_clock_gettime_time32 = __NR_clock_gettime,
    .nr_clock_getres = __NR_clock_getres_time64,
    .nr_clock_getres_time32 = __NR_clock_getres,
    .nr_clock_nanosleep = __NR_clock_nanosleep_time64,
    .nr_clock_nanosleep_time32 = __NR_clock_nanosleep,
    .nr_time = __NR_time,
};

}  // namespace vrt::arch

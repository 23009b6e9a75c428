// What each arch decides about system calls, in one description per arch: arch/<arch>/
// syscall_arch.h defines vrt::arch::syscall_policy, and generic code (sys/kernel.h,
// sys/time_syscalls.cpp) reads its fields instead of asking which arch it is on.
#pragma once

#include <asm/unistd.h>

namespace vrt {

struct SyscallPolicy {
    // How a 64-bit file offset reaches the kernel: in one register, or split in two (32-bit
    // arches), the pair then starting at an even register on ABIs that align register pairs.
    bool offsets_split_in_two_registers;
    bool register_pairs_start_even;
    // mmap: the call, the offset's unit (offset >> shift: 12 for mmap2's 4096-byte units), and
    // whether the call is the old mmap taking one pointer to its six arguments as words.
    long nr_mmap;
    unsigned mmap_offset_shift;
    bool mmap_takes_argument_block;
    long nr_lseek;  // _llseek where offsets are split
    long nr_fcntl;  // fcntl64 on 32-bit arches: the fcntl that knows 64-bit struct flock
    // The time calls that take libvrt's 64-bit struct timespec, and the time32 ones tried only
    // when those give ENOSYS (before Linux 5.1 on 32-bit arches; -1: none). nr_time is -1 where
    // the arch has no time(2).
    long nr_clock_gettime, nr_clock_gettime_time32;
    long nr_clock_getres, nr_clock_getres_time32;
    long nr_clock_nanosleep, nr_clock_nanosleep_time32;
    long nr_time;
};

// The policy of a 64-bit ABI: file and mmap offsets in one register, in bytes; time 64-bit from
// the start, so no time32 variants; and no time(2), as on the kernel's generic table
// (include/uapi/asm-generic/unistd.h). aarch64, riscv64 and mips64el use it as it is; the other
// 64-bit arches state only what differs from it. (A 32-bit table has no __NR_mmap, only mmap2:
// there this description cannot exist.)
#if defined(__NR_mmap) && defined(__NR_lseek) && defined(__NR_fcntl)
inline constexpr SyscallPolicy plain_64bit_policy = {
    .offsets_split_in_two_registers = false,
    .register_pairs_start_even = false,
    .nr_mmap = __NR_mmap,
    .mmap_offset_shift = 0,
    .mmap_takes_argument_block = false,
    .nr_lseek = __NR_lseek,
    .nr_fcntl = __NR_fcntl,
    .nr_clock_gettime = __NR_clock_gettime,
    .nr_clock_gettime_time32 = -1,
    .nr_clock_getres = __NR_clock_getres,
    .nr_clock_getres_time32 = -1,
    .nr_clock_nanosleep = __NR_clock_nanosleep,
    .nr_clock_nanosleep_time32 = -1,
    .nr_time = -1,
};
#endif

// The policy of a 32-bit ABI (i386, arm EABI, mips o32): a 64-bit file offset travels as two
// registers, low word first (all three are little-endian), with no register skipped before the
// pair; mmap is mmap2, whose offset counts 4096-byte units whatever the page size; lseek of a
// 64-bit offset is _llseek and the fcntl that knows 64-bit struct flock is fcntl64; the time
// calls are the time64 ones (Linux 5.1+), with the time32 ones tried only when those give
// ENOSYS; and no time(2). Each 32-bit arch states only what differs from it.
#if defined(__NR_mmap2) && defined(__NR__llseek) && defined(__NR_fcntl64) && defined(__NR_clock_gettime64)
inline constexpr SyscallPolicy plain_32bit_policy = {
    .offsets_split_in_two_registers = true,
    .register_pairs_start_even = false,
    .nr_mmap = __NR_mmap2,
    .mmap_offset_shift = 12,
    .mmap_takes_argument_block = false,
    .nr_lseek = __NR__llseek,
    .nr_fcntl = __NR_fcntl64,
    .nr_clock_gettime = __NR_clock_gettime64,
    .nr_clock_gettime_time32 = __NR_clock_gettime,
    .nr_clock_getres = __NR_clock_getres_time64,
    .nr_clock_getres_time32 = __NR_clock_getres,
    .nr_clock_nanosleep = __NR_clock_nanosleep_time64,
    .nr_clock_nanosleep_time32 = __NR_clock_nanosleep,
    .nr_time = -1,
};
#endif

}  // namespace vrt

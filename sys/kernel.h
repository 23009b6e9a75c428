// Raw kernel calls used inside libvrt, one line each: they return the kernel's result
// (-errno on failure) and never touch errno. Calls whose argument passing differs between
// architectures (64-bit offsets, mmap) follow the constants in arch/<arch>/syscall_arch.h.
#pragma once

#include <stddef.h>
#include <stdint.h>

#include "sys/system_call.h"

namespace vrt::kernel {

inline long read(int fd, void *buf, size_t n) { return syscall(__NR_read, fd, buf, n); }
inline long write(int fd, const void *buf, size_t n) { return syscall(__NR_write, fd, buf, n); }
inline long openat(int dirfd, const char *path, int flags, unsigned mode) {
    return syscall(__NR_openat, dirfd, path, flags, mode);
}
inline long close(int fd) { return syscall(__NR_close, fd); }
inline long getpid() { return syscall(__NR_getpid); }
inline long getppid() { return syscall(__NR_getppid); }
inline long gettid() { return syscall(__NR_gettid); }
inline long kill(int pid, int sig) { return syscall(__NR_kill, pid, sig); }
inline long tgkill(int tgid, int tid, int sig) { return syscall(__NR_tgkill, tgid, tid, sig); }
[[noreturn]] inline void exit_group(int status) {
    for (;;) syscall(__NR_exit_group, status);
}
inline long munmap(void *addr, size_t length) { return syscall(__NR_munmap, addr, length); }
inline long mprotect(void *addr, size_t length, int prot) {
    return syscall(__NR_mprotect, addr, length, prot);
}
inline long mremap(void *old, size_t old_size, size_t new_size, int flags, void *new_address) {
    return syscall(__NR_mremap, old, old_size, new_size, flags, new_address);
}
inline long getrandom(void *buf, size_t n, unsigned flags) {
    return syscall(__NR_getrandom, buf, n, flags);
}
// The kernel's rt_sigprocmask takes its own sigset size: _NSIG / 8 (8 bytes on every arch but MIPS).
inline long rt_sigprocmask(int how, const void *set, void *old, size_t sigset_size) {
    return syscall(__NR_rt_sigprocmask, how, set, old, sigset_size);
}

inline long rt_sigaction(int sig, const void *action, void *old, size_t sigset_size) {
    return syscall(__NR_rt_sigaction, sig, action, old, sigset_size);
}
inline long rt_sigpending(void *set, size_t sigset_size) {
    return syscall(__NR_rt_sigpending, set, sigset_size);
}
inline long rt_sigsuspend(const void *set, size_t sigset_size) {
    return syscall(__NR_rt_sigsuspend, set, sigset_size);
}
inline long signalfd4(int fd, const void *set, size_t sigset_size, int flags) {
    return syscall(__NR_signalfd4, fd, set, sigset_size, flags);
}

// Processes, sessions and limits. fork is arch::clone (arch/<arch>/clone_arch.h).
inline long execve(const char *path, char *const argv[], char *const envp[]) {
    return syscall(__NR_execve, path, argv, envp);
}
inline long wait4(int pid, int *status, int options, void *kernel_rusage) {
    return syscall(__NR_wait4, pid, status, options, kernel_rusage);
}
inline long waitid(int id_type, int id, void *info, int options, void *kernel_rusage) {
    return syscall(__NR_waitid, id_type, id, info, options, kernel_rusage);
}
inline long setsid() { return syscall(__NR_setsid); }
inline long setpgid(int pid, int pgid) { return syscall(__NR_setpgid, pid, pgid); }
inline long getpgid(int pid) { return syscall(__NR_getpgid, pid); }
inline long getsid(int pid) { return syscall(__NR_getsid, pid); }
inline long prctl(int option, unsigned long a, unsigned long b, unsigned long c, unsigned long d) {
    return syscall(__NR_prctl, option, a, b, c, d);
}
// struct rlimit64 {u64 cur, max} on every arch.
inline long prlimit64(int pid, int resource, const void *limit, void *old) {
    return syscall(__NR_prlimit64, pid, resource, limit, old);
}
inline long getrusage(int who, void *kernel_rusage) { return syscall(__NR_getrusage, who, kernel_rusage); }

// File descriptors.
inline long dup(int fd) { return syscall(__NR_dup, fd); }
inline long dup3(int fd, int target, int flags) { return syscall(__NR_dup3, fd, target, flags); }
inline long pipe2(int fds[2], int flags) { return syscall(__NR_pipe2, fds, flags); }
inline long fcntl(int fd, int command, long argument) { return syscall(arch::syscall_policy.nr_fcntl, fd, command, argument); }
inline long ioctl(int fd, unsigned long request, long argument) {
    return syscall(__NR_ioctl, fd, request, argument);
}

// The file tree and the machine.
inline long chdir(const char *path) { return syscall(__NR_chdir, path); }
inline long fchdir(int fd) { return syscall(__NR_fchdir, fd); }
inline long chroot(const char *path) { return syscall(__NR_chroot, path); }
inline long mkdirat(int dirfd, const char *path, unsigned mode) { return syscall(__NR_mkdirat, dirfd, path, mode); }
// dev in the kernel's 32-bit encoding (new_decode_dev, include/linux/kdev_t.h): the low 32 bits
// of makedev(3)'s 64-bit dev_t.
inline long mknodat(int dirfd, const char *path, unsigned mode, unsigned dev) {
    return syscall(__NR_mknodat, dirfd, path, mode, dev);
}
inline long unlinkat(int dirfd, const char *path, int flags) { return syscall(__NR_unlinkat, dirfd, path, flags); }
inline long symlinkat(const char *target, int dirfd, const char *path) {
    return syscall(__NR_symlinkat, target, dirfd, path);
}
inline long mount(const char *source, const char *target, const char *type, unsigned long flags,
                  const void *data) {
    return syscall(__NR_mount, source, target, type, flags, data);
}
inline long umount2(const char *target, int flags) { return syscall(__NR_umount2, target, flags); }
inline long sync() { return syscall(__NR_sync); }
inline long reboot(unsigned magic1, unsigned magic2, unsigned command, void *argument) {
    return syscall(__NR_reboot, magic1, magic2, command, argument);
}
inline long sethostname(const char *name, size_t length) { return syscall(__NR_sethostname, name, length); }

// Directories and file status. struct linux_dirent64 and struct statx are the same on every
// arch (include/uapi/linux/dirent.h is not exported: fs/readdir.c defines the record; statx is
// include/uapi/linux/stat.h), so one generic implementation serves all of them.
inline long getdents64(int fd, void *buf, size_t n) { return syscall(__NR_getdents64, fd, buf, n); }
inline long statx(int dirfd, const char *path, int flags, unsigned mask, void *out) {
    return syscall(__NR_statx, dirfd, path, flags, mask, out);
}
inline long close_range(unsigned first, unsigned last, unsigned flags) {
    return syscall(__NR_close_range, first, last, flags);
}

// Identity. Where a table still carries the 16-bit-id calls of old i386 and arm ABIs, the full
// 32-bit ids are the *32 calls (arch/x86/entry/syscalls/syscall_32.tbl: getuid32 199...).
#ifdef __NR_getuid32
inline constexpr long nr_getuid = __NR_getuid32, nr_geteuid = __NR_geteuid32;
inline constexpr long nr_getgid = __NR_getgid32, nr_getegid = __NR_getegid32;
#else
inline constexpr long nr_getuid = __NR_getuid, nr_geteuid = __NR_geteuid;
inline constexpr long nr_getgid = __NR_getgid, nr_getegid = __NR_getegid;
#endif
inline long getuid() { return syscall(nr_getuid); }
inline long geteuid() { return syscall(nr_geteuid); }
inline long getgid() { return syscall(nr_getgid); }
inline long getegid() { return syscall(nr_getegid); }

// Scheduling. sched_getaffinity returns how many bytes of the mask the kernel wrote
// (kernel/sched/core.c: the kernel's cpumask size, rounded to a long).
inline long sched_getaffinity(int pid, size_t size, void *mask) {
    return syscall(__NR_sched_getaffinity, pid, size, mask);
}
inline long sched_setaffinity(int pid, size_t size, const void *mask) {
    return syscall(__NR_sched_setaffinity, pid, size, mask);
}
// struct sysinfo is the kernel's own (include/uapi/linux/sysinfo.h), with `long` fields.
inline long sysinfo(void *info) { return syscall(__NR_sysinfo, info); }

// The low and high 32-bit halves of a 64-bit value, in the order the kernel reads a register
// pair: lower register first, so low word first on little-endian targets.
struct RegisterPair {
    long first, second;
};
inline RegisterPair split64(long long v) {
    long lo = static_cast<long>(static_cast<unsigned long long>(v) & 0xffffffffu);
    long hi = static_cast<long>(static_cast<unsigned long long>(v) >> 32);
    if constexpr (__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__) return {lo, hi};
    else return {hi, lo};
}

// A system call whose last argument is a 64-bit offset or length (pread64, pwrite64,
// ftruncate64, truncate64): in one register on a 64-bit ABI; on a 32-bit one as a register pair,
// preceded by an unused register when the ABI starts pairs at an even register and the
// arguments before it leave an odd one next (arch/syscall_policy.h, register_pairs_start_even).
template <class... Leading>
inline long syscall_ending_in_offset(long number, long long offset, Leading... leading) {
    if constexpr (arch::syscall_policy.offsets_split_in_two_registers) {
        RegisterPair p = split64(offset);
        if constexpr (arch::syscall_policy.register_pairs_start_even && sizeof...(Leading) % 2 == 1)
            return syscall(number, leading..., 0, p.first, p.second);
        else
            return syscall(number, leading..., p.first, p.second);
    } else {
        return syscall(number, leading..., static_cast<long>(offset));
    }
}

inline long mmap(void *addr, size_t length, int prot, int flags, int fd, long long offset) {
    if constexpr (arch::syscall_policy.mmap_takes_argument_block) {
        // The old mmap: one pointer to the six arguments as words, the offset in bytes.
        long block[6] = {to_word(addr), to_word(length), prot, flags, fd, static_cast<long>(offset)};
        return syscall(arch::syscall_policy.nr_mmap, block);
    } else if constexpr (arch::syscall_policy.mmap_offset_shift != 0) {
        if (offset & ((1LL << arch::syscall_policy.mmap_offset_shift) - 1)) return -22;  // EINVAL, as mmap(2)
        return syscall(arch::syscall_policy.nr_mmap, addr, length, prot, flags, fd,
                       static_cast<long>(offset >> arch::syscall_policy.mmap_offset_shift));
    } else {
        return syscall(arch::syscall_policy.nr_mmap, addr, length, prot, flags, fd, static_cast<long>(offset));
    }
}

inline long lseek(int fd, long long offset, int whence, long long *result) {
    if constexpr (arch::syscall_policy.offsets_split_in_two_registers) {
        // _llseek(fd, offset_high, offset_low, &result, whence): high word first, by name.
        unsigned long long u = static_cast<unsigned long long>(offset);
        return syscall(arch::syscall_policy.nr_lseek, fd, static_cast<long>(u >> 32),
                       static_cast<long>(u & 0xffffffffu), result, whence);
    } else {
        long r = syscall(arch::syscall_policy.nr_lseek, fd, static_cast<long>(offset), whence);
        if (is_error(r)) return r;
        *result = r;
        return 0;
    }
}

inline long pread(int fd, void *buf, size_t n, long long offset) {
    return syscall_ending_in_offset(__NR_pread64, offset, fd, buf, n);
}

inline long pwrite(int fd, const void *buf, size_t n, long long offset) {
    return syscall_ending_in_offset(__NR_pwrite64, offset, fd, buf, n);
}

// File sizes. 32-bit tables have truncate64/ftruncate64 with the length split in a register
// pair, like pread64 (fs/open.c defines both where BITS_PER_LONG is 32).
inline long ftruncate(int fd, long long length) {
#ifdef __NR_ftruncate64
    return syscall_ending_in_offset(__NR_ftruncate64, length, fd);
#else
    return syscall(__NR_ftruncate, fd, static_cast<long>(length));
#endif
}

inline long truncate(const char *path, long long length) {
#ifdef __NR_truncate64
    return syscall_ending_in_offset(__NR_truncate64, length, path);
#else
    return syscall(__NR_truncate, path, static_cast<long>(length));
#endif
}

}  // namespace vrt::kernel

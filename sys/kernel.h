// Raw kernel calls used inside libvrt, one line each: they return the kernel's result
// (-errno on failure) and never touch errno. Calls whose argument passing differs between
// architectures (64-bit offsets, mmap) follow the constants in arch/<arch>/syscall_arch.h.
#pragma once

#include <stddef.h>
#include <stdint.h>

#include "sys/syscall.h"

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

inline long mmap(void *addr, size_t length, int prot, int flags, int fd, long long offset) {
    if constexpr (arch::mmap_offset_shift != 0) {
        if (offset & ((1LL << arch::mmap_offset_shift) - 1)) return -22;  // EINVAL, as mmap(2)
        return syscall(arch::nr_mmap, addr, length, prot, flags, fd,
                       static_cast<long>(offset >> arch::mmap_offset_shift));
    } else {
        return syscall(arch::nr_mmap, addr, length, prot, flags, fd, static_cast<long>(offset));
    }
}

inline long lseek(int fd, long long offset, int whence, long long *result) {
    if constexpr (arch::offsets_split_in_two_registers) {
        // _llseek(fd, offset_high, offset_low, &result, whence): high word first, by name.
        unsigned long long u = static_cast<unsigned long long>(offset);
        return syscall(arch::nr_lseek, fd, static_cast<long>(u >> 32),
                       static_cast<long>(u & 0xffffffffu), result, whence);
    } else {
        long r = syscall(arch::nr_lseek, fd, static_cast<long>(offset), whence);
        if (is_error(r)) return r;
        *result = r;
        return 0;
    }
}

inline long pread(int fd, void *buf, size_t n, long long offset) {
    if constexpr (arch::offsets_split_in_two_registers) {
        RegisterPair p = split64(offset);
        if constexpr (arch::register_pairs_start_even)
            return syscall(__NR_pread64, fd, buf, n, 0, p.first, p.second);
        else
            return syscall(__NR_pread64, fd, buf, n, p.first, p.second);
    } else {
        return syscall(__NR_pread64, fd, buf, n, static_cast<long>(offset));
    }
}

inline long pwrite(int fd, const void *buf, size_t n, long long offset) {
    if constexpr (arch::offsets_split_in_two_registers) {
        RegisterPair p = split64(offset);
        if constexpr (arch::register_pairs_start_even)
            return syscall(__NR_pwrite64, fd, buf, n, 0, p.first, p.second);
        else
            return syscall(__NR_pwrite64, fd, buf, n, p.first, p.second);
    } else {
        return syscall(__NR_pwrite64, fd, buf, n, static_cast<long>(offset));
    }
}

}  // namespace vrt::kernel

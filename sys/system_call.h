// Typed front end to the per-architecture syscall0..syscall6 (arch/<arch>/syscall_arch.h).
// Returns the kernel's raw result: a value, or -errno in -4095..-1. Never touches errno.
#pragma once

#include "arch/word.h"
#include "syscall_arch.h"

namespace vrt {

template <class... Args>
inline long syscall(long number, Args... args) {
    static_assert(sizeof...(Args) <= 6, "the kernel takes at most six arguments");
    long w[] = {to_word(args)..., 0};
    if constexpr (sizeof...(Args) == 0) return arch::syscall0(number);
    else if constexpr (sizeof...(Args) == 1) return arch::syscall1(number, w[0]);
    else if constexpr (sizeof...(Args) == 2) return arch::syscall2(number, w[0], w[1]);
    else if constexpr (sizeof...(Args) == 3) return arch::syscall3(number, w[0], w[1], w[2]);
    else if constexpr (sizeof...(Args) == 4) return arch::syscall4(number, w[0], w[1], w[2], w[3]);
    else if constexpr (sizeof...(Args) == 5)
        return arch::syscall5(number, w[0], w[1], w[2], w[3], w[4]);
    else return arch::syscall6(number, w[0], w[1], w[2], w[3], w[4], w[5]);
}

// The kernel reports failure as -errno with errno in 1..4095 (include/linux/err.h, MAX_ERRNO).
constexpr bool is_error(long result) { return static_cast<unsigned long>(result) > -4096UL; }

}  // namespace vrt

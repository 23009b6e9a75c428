// The AArch64 vDSO (arch/arm64/kernel/vdso/vdso.lds.S): version LINUX_2.6.39, "__kernel_" names,
// plain AAPCS64 calls returning -errno on failure. It has no time() and no getcpu();
// __kernel_rt_sigreturn is the signal return trampoline. Linux 6.11 and later build it with a
// GNU hash table only (no DT_HASH).
#pragma once

#include <linux/elf-em.h>

#include "arch/vdso_names.h"

namespace vrt::arch {

inline constexpr unsigned vdso_machine = EM_AARCH64;

inline constexpr VdsoNames vdso_names = {
    .version = "LINUX_2.6.39",
    .clock_gettime = "__kernel_clock_gettime",
    .clock_getres = "__kernel_clock_getres",
    .clock_gettime_requires = nullptr,
    .gettimeofday = "__kernel_gettimeofday",
    .time = nullptr,
    .getcpu = nullptr,
    .getrandom = "__kernel_getrandom",  // Linux 6.12 and later (arch/arm64/kernel/vdso/vgetrandom.c)
};

// No legacy vsyscall page: that is x86_64 only.
inline constexpr VsyscallPage vsyscall_page = {0, 0, 0, 0};

template <class Result, class... Args>
inline Result call_vdso(const void *function, Args... args) {
    return reinterpret_cast<Result (*)(Args...)>(const_cast<void *>(function))(args...);
}

}  // namespace vrt::arch

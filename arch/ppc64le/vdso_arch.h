// The ppc64le vDSO (arch/powerpc/kernel/vdso/vdso64.lds.S): version LINUX_2.6.15, "__kernel_"
// names (the symbols may be STT_NOTYPE, as the asm entry points are), and the system call's error
// convention: CR0.SO set and a positive errno in r3. Every call therefore goes through
// __vrt_vdso_call (arch/ppc64le/vdso_call.S), which returns -errno instead.
#pragma once

#include <linux/elf-em.h>

#include "arch/vdso_names.h"
#include "arch/word.h"

extern "C" long __vrt_vdso_call(const void *function, long a, long b, long c, long d, long e);

namespace vrt::arch {

inline constexpr unsigned vdso_machine = EM_PPC64;

inline constexpr VdsoNames vdso_names = {
    .version = "LINUX_2.6.15",
    .clock_gettime = "__kernel_clock_gettime",
    .clock_getres = "__kernel_clock_getres",
    .clock_gettime_requires = nullptr,
    .gettimeofday = "__kernel_gettimeofday",
    .time = "__kernel_time",
    .getcpu = "__kernel_getcpu",
    .getrandom = "__kernel_getrandom",  // Linux 6.12 and later (arch/powerpc/kernel/vdso/getrandom.S)
};

// No legacy vsyscall page: that is x86_64 only.
inline constexpr VsyscallPage vsyscall_page = {0, 0, 0, 0};

// Every argument travels as one register-sized word (int and pointer alike: ELFv2 ABI, "Parameter
// Passing in Registers").
template <class Result, class... Args>
inline Result call_vdso(const void *function, Args... args) {
    static_assert(sizeof...(Args) <= 5, "__vrt_vdso_call passes at most five arguments");
    long w[] = {to_word(args)..., 0, 0, 0, 0, 0};
    return static_cast<Result>(__vrt_vdso_call(function, w[0], w[1], w[2], w[3], w[4]));
}

}  // namespace vrt::arch

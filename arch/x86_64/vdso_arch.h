// The x86_64 vDSO (arch/x86/entry/vdso/vdso.lds.S): version LINUX_2.6, "__vdso_" names, plain C
// calls returning -errno on failure.
#pragma once

#include <linux/elf-em.h>

#include "arch/vdso_names.h"

namespace vrt::arch {

inline constexpr unsigned vdso_machine = EM_X86_64;

inline constexpr VdsoNames vdso_names = {
    .version = "LINUX_2.6",
    .clock_gettime = "__vdso_clock_gettime",
    .clock_getres = "__vdso_clock_getres",
    .clock_gettime_requires = nullptr,
    .gettimeofday = "__vdso_gettimeofday",
    .time = "__vdso_time",
    .getcpu = "__vdso_getcpu",
    .getrandom = "__vdso_getrandom",  // Linux 6.11 and later (arch/x86/entry/vdso/vgetrandom.c)
};

// The legacy vsyscall page (arch/x86/entry/vsyscall/vsyscall_64.c): fixed address, one entry
// every 1024 bytes. Emulated or execute-only on current kernels, absent with vsyscall=none.
inline constexpr VsyscallPage vsyscall_page = {0xffffffffff600000UL, 0x000, 0x400, 0x800};

template <class Result, class... Args>
inline Result call_vdso(const void *function, Args... args) {
    return reinterpret_cast<Result (*)(Args...)>(const_cast<void *>(function))(args...);
}

}  // namespace vrt::arch

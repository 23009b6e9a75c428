// The 32-bit Arm vDSO, native (arch/arm/vdso/vdso.lds.S) or under an arm64 kernel's compat
// layer (arch/arm64/kernel/vdso32/vdso.lds.S): version LINUX_2.6, "__vdso_" names, plain AAPCS
// calls returning -errno on failure. No time(), no getcpu().
//
// The time64 entries are preferred: __vdso_clock_gettime64 (Linux 5.5+) and
// __vdso_clock_getres_time64 (7.0+). When the architected timer is unusable, the native kernel
// blanks the time functions at boot (st_name = 0, arch/arm/kernel/vdso.c, vdso_nullpatch_one),
// but kernels before the fix blanked only the time32 ones and left a clock_gettime64 that does
// not work: so clock_gettime64 is trusted only while __vdso_clock_gettime is there too.
// gettimeofday is the time32 one.
#pragma once

#include <linux/elf-em.h>

#include "arch/vdso_names.h"

namespace vrt::arch {

inline constexpr unsigned vdso_machine = EM_ARM;

inline constexpr VdsoNames vdso_names = {
    .version = "LINUX_2.6",
    .clock_gettime = "__vdso_clock_gettime64",
    .clock_getres = "__vdso_clock_getres_time64",  // Linux 7.0 and later
    .clock_gettime_requires = "__vdso_clock_gettime",
    .gettimeofday = "__vdso_gettimeofday",
    .time = nullptr,
    .getcpu = nullptr,
    .getrandom = nullptr,  // this vDSO exports no getrandom
};

// No legacy vsyscall page: that is x86_64 only.
inline constexpr VsyscallPage vsyscall_page = {0, 0, 0, 0};

template <class Result, class... Args>
inline Result call_vdso(const void *function, Args... args) {
    return reinterpret_cast<Result (*)(Args...)>(const_cast<void *>(function))(args...);
}

}  // namespace vrt::arch

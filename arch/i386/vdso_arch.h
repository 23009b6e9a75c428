// The i386 vDSO, native or under an x86_64 kernel's IA32 emulation (arch/x86/entry/vdso/
// vdso32/vdso32.lds.S): version LINUX_2.6, "__vdso_" names, plain cdecl calls returning -errno.
// The time64 entry (clock_gettime64) is preferred; gettimeofday and time are the time32 ones.
// __kernel_vsyscall (LINUX_2.5) is the syscall entry, found through AT_SYSINFO instead.
#pragma once

#include <linux/elf-em.h>

#include "arch/vdso_names.h"

namespace vrt::arch {

inline constexpr unsigned vdso_machine = EM_386;

inline constexpr VdsoNames vdso_names = {
    .version = "LINUX_2.6",
    .clock_gettime = "__vdso_clock_gettime64",
    .clock_getres = "__vdso_clock_getres_time64",  // Linux 7.0 and later
    .clock_gettime_requires = nullptr,
    .gettimeofday = "__vdso_gettimeofday",
    .time = "__vdso_time",
    .getcpu = "__vdso_getcpu",
    .getrandom = nullptr,  // this vDSO exports no getrandom
};

// No legacy vsyscall page on i386: __kernel_vsyscall in the vDSO took its place.
inline constexpr VsyscallPage vsyscall_page = {0, 0, 0, 0};

template <class Result, class... Args>
inline Result call_vdso(const void *function, Args... args) {
    return reinterpret_cast<Result (*)(Args...)>(const_cast<void *>(function))(args...);
}

}  // namespace vrt::arch

// The MIPS o32 vDSO (arch/mips/vdso/vdso.lds.S): version LINUX_2.6, "__vdso_" names. For the
// 32-bit ABIs it adds the time64 entries: clock_gettime64 (Linux 5.1+), and clock_getres_time64
// only on the newest kernels; gettimeofday is the time32 one; no time, no getcpu. The functions
// return -errno like plain C functions, not the syscall's a3 flag; a kernel older than the
// generic vDSO (5.4) returns -ENOSYS for a clock it does not serve, which vdso/dispatch.h retries as a
// syscall. An o32 program on a 64-bit kernel gets the kernel's o32 vDSO, with the same names.
#pragma once

#include <linux/elf-em.h>

#include "arch/vdso_names.h"

namespace vrt::arch {

inline constexpr unsigned vdso_machine = EM_MIPS;

inline constexpr VdsoNames vdso_names = {
    .version = "LINUX_2.6",
    .clock_gettime = "__vdso_clock_gettime64",
    .clock_getres = "__vdso_clock_getres_time64",
    .clock_gettime_requires = nullptr,
    .gettimeofday = "__vdso_gettimeofday",
    .time = nullptr,
    .getcpu = nullptr,
    .getrandom = nullptr,  // this vDSO exports no getrandom
};

// No legacy vsyscall page: that is x86_64 only.
inline constexpr VsyscallPage vsyscall_page = {0, 0, 0, 0};

// The vDSO is position-independent SVR4 (abicalls) code, which may derive $gp from $25 on entry:
// the psABI makes every caller of such a function put its address in $25, and abicalls code
// compiled by GCC or clang does that for any call through a pointer.
#ifndef __mips_abicalls
#error "libvrt calls the MIPS vDSO through pointers and needs -mabicalls code ($25 = callee)"
#endif

template <class Result, class... Args>
inline Result call_vdso(const void *function, Args... args) {
    return reinterpret_cast<Result (*)(Args...)>(const_cast<void *>(function))(args...);
}

}  // namespace vrt::arch

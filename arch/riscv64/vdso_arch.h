// The RISC-V vDSO (arch/riscv/kernel/vdso/vdso.lds.S): version LINUX_4.15, "__vdso_" names,
// plain calls returning -errno on failure. It has no time(); __vdso_getcpu is a stub that makes
// the system call (arch/riscv/kernel/vdso/getcpu.S). Also exported and unused here:
// __vdso_rt_sigreturn (the signal return trampoline), __vdso_flush_icache, __vdso_riscv_hwprobe.
#pragma once

#include <linux/elf-em.h>

#include "arch/vdso_names.h"

namespace vrt::arch {

inline constexpr unsigned vdso_machine = EM_RISCV;

inline constexpr VdsoNames vdso_names = {
    .version = "LINUX_4.15",
    .clock_gettime = "__vdso_clock_gettime",
    .clock_getres = "__vdso_clock_getres",
    .clock_gettime_requires = nullptr,
    .gettimeofday = "__vdso_gettimeofday",
    .time = nullptr,
    .getcpu = "__vdso_getcpu",
    .getrandom = "__vdso_getrandom",  // Linux 6.16 and later (arch/riscv/kernel/vdso/getrandom.c)
};

// No legacy vsyscall page: that is x86_64 only.
inline constexpr VsyscallPage vsyscall_page = {0, 0, 0, 0};

template <class Result, class... Args>
inline Result call_vdso(const void *function, Args... args) {
    return reinterpret_cast<Result (*)(Args...)>(const_cast<void *>(function))(args...);
}

}  // namespace vrt::arch

// The s390x vDSO (arch/s390/kernel/vdso64/vdso64.lds.S and vdso_user_wrapper.S): version
// LINUX_2.6.29, "__kernel_" names, plain C calls returning -errno on failure. It has no time();
// its SysV hash table has 8-byte entries, which vdso/sysv_hash.cpp takes from e_machine.
#pragma once

#include <linux/elf-em.h>

#include "arch/vdso_names.h"

namespace vrt::arch {

inline constexpr unsigned vdso_machine = EM_S390;

inline constexpr VdsoNames vdso_names = {
    .version = "LINUX_2.6.29",
    .clock_gettime = "__kernel_clock_gettime",
    .clock_getres = "__kernel_clock_getres",
    .clock_gettime_requires = nullptr,
    .gettimeofday = "__kernel_gettimeofday",
    .time = nullptr,
    .getcpu = "__kernel_getcpu",
    .getrandom = "__kernel_getrandom",  // Linux 6.12 and later (arch/s390/kernel/vdso/vgetrandom.c)
};

// No legacy vsyscall page: that is x86_64 only.
inline constexpr VsyscallPage vsyscall_page = {0, 0, 0, 0};

template <class Result, class... Args>
inline Result call_vdso(const void *function, Args... args) {
    return reinterpret_cast<Result (*)(Args...)>(const_cast<void *>(function))(args...);
}

}  // namespace vrt::arch

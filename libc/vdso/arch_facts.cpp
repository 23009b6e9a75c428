// The arch's facts a vDSO tool needs and a program cannot see: the legacy vsyscall page
// (arch/<arch>/vdso_arch.h) and the system calls behind the time functions
// (arch/<arch>/syscall_arch.h).
#include <vrt/vdso.h>

#include <asm/unistd.h>

#include "arch/vdso_names.h"
#include "syscall_arch.h"
#include "vdso_arch.h"

extern "C" {

int vrt_vsyscall_page_layout(struct vrt_vsyscall_page *out) {
    const vrt::VsyscallPage &page = vrt::arch::vsyscall_page;
    *out = {page.address, page.gettimeofday, page.time, page.getcpu};
    return page.address != 0;
}

size_t vrt_time_syscalls(long *numbers, size_t capacity) {
    const vrt::SyscallPolicy &policy = vrt::arch::syscall_policy;
    const long candidates[] = {
        policy.nr_clock_gettime, policy.nr_clock_gettime_time32, policy.nr_clock_getres,
        policy.nr_clock_getres_time32, __NR_gettimeofday, policy.nr_time, __NR_getcpu,
    };
    size_t n = 0;
    for (long nr : candidates)
        if (nr >= 0 && n < capacity) numbers[n++] = nr;
    return n;
}

}

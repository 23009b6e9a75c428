// getcpu(2) and sched_getcpu(3): the vDSO's getcpu where there is one, else the system call;
// sched_getcpu reads the rseq area first (sys/rseq.h).
#include "libc/errno/errno_boundary.h"
#include "sys/rseq.h"
#include "vdso/resolved.h"
#include "vdso_arch.h"
#include <vrt/sched.h>
#include <vrt/vdso.h>

extern "C" {

int getcpu(unsigned int *cpu, unsigned int *node) {
    const void *f = vrt::vdso::live.functions.getcpu;
    if (f && vrt::arch::call_vdso<int>(f, cpu, node, static_cast<void *>(nullptr)) == 0) return 0;
    return static_cast<int>(vrt::syscall_return(vrt_sys_getcpu(cpu, node)));
}

// The rseq area first (registering it if that has not been tried), then the vDSO, then the
// system call.
[[gnu::noinline]] static int sched_getcpu_slowly(void) {
    if (vrt::rseq::register_once()) {
        int cpu = vrt::rseq::current_cpu();
        if (cpu >= 0) return cpu;
    }
    unsigned int cpu;
    const void *f = vrt::vdso::live.functions.getcpu;
    if (f && vrt::arch::call_vdso<int>(f, &cpu, static_cast<unsigned int *>(nullptr),
                                       static_cast<void *>(nullptr)) == 0)
        return static_cast<int>(cpu);
    long r = vrt_sys_getcpu(&cpu, nullptr);
    return r == 0 ? static_cast<int>(cpu) : static_cast<int>(vrt::syscall_return(r));
}

// Once the rseq area is registered, one load: the kernel keeps the CPU number there (as glibc's
// sched_getcpu reads it), cheaper than any call into the vDSO.
int sched_getcpu(void) {
    int cpu = vrt::rseq::current_cpu();
    return cpu >= 0 ? cpu : sched_getcpu_slowly();
}

}

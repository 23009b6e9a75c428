// getcpu(2) and sched_getcpu(3): the vDSO's getcpu where there is one, else the system call.
#include "sys/errno.h"
#include "vdso/live.h"
#include "vdso_arch.h"
#include "vrt/sched.h"
#include "vrt/vdso.h"

extern "C" {

int getcpu(unsigned int *cpu, unsigned int *node) {
    const void *f = vrt::vdso::live.functions.getcpu;
    if (f && vrt::arch::call_vdso<int>(f, cpu, node, static_cast<void *>(nullptr)) == 0) return 0;
    return static_cast<int>(vrt::syscall_return(vrt_sys_getcpu(cpu, node)));
}

int sched_getcpu(void) {
    unsigned int cpu;
    return getcpu(&cpu, nullptr) == 0 ? static_cast<int>(cpu) : -1;
}

}

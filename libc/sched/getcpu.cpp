// getcpu(2) and sched_getcpu(3): the vDSO's getcpu where there is one, else the system call
// (vdso/dispatch.h); sched_getcpu reads the rseq area first (sys/rseq.h).
#include <vrt/sched.h>

#include "libc/errno/c_result.h"
#include "sys/rseq.h"
#include "vdso/dispatch.h"

extern "C" {

int getcpu(unsigned int *cpu, unsigned int *node) {
    long r = vrt::vdso::dispatch::getcpu(cpu, node);
    return r == 0 ? 0 : vrt::c_result(r);
}

// The rseq area first (registering it if that has not been tried), then the vDSO, then the
// system call.
[[gnu::noinline]] static int sched_getcpu_slowly(void) {
    if (vrt::rseq::register_once()) {
        int cpu = vrt::rseq::current_cpu();
        if (cpu >= 0) return cpu;
    }
    unsigned int cpu;
    long r = vrt::vdso::dispatch::getcpu(&cpu, nullptr);
    return r == 0 ? static_cast<int>(cpu) : vrt::c_result(r);
}

// Once the rseq area is registered, one load: the kernel keeps the CPU number there (as glibc's
// sched_getcpu reads it), cheaper than any call into the vDSO.
int sched_getcpu(void) {
    int cpu = vrt::rseq::current_cpu();
    return cpu >= 0 ? cpu : sched_getcpu_slowly();
}

}

#include "sys/rseq.h"

#include <asm/unistd.h>
#include <stddef.h>

#include "sys/system_call.h"
#include "thread_arch.h"

namespace vrt::rseq {

// The kernel wants the area aligned to 32 bytes (the struct says so) and at least the original
// 32 bytes long, which is what is registered (ORIG_RSEQ_SIZE in kernel/rseq.c).
struct rseq area = {0, static_cast<__u32>(RSEQ_CPU_ID_UNINITIALIZED), 0, 0};

namespace {
bool attempted;
}

}  // namespace vrt::rseq

extern "C" {
// glibc's interface to the registration (glibc 2.35, <sys/rseq.h>): the area is at the thread
// pointer plus __rseq_offset, __rseq_size is 0 while libvrt has registered none, and no flags.
// Code that wants its own registration reads these first, and may use libvrt's area instead.
__attribute__((visibility("default"))) ptrdiff_t __rseq_offset;
__attribute__((visibility("default"))) unsigned int __rseq_size;
__attribute__((visibility("default"))) unsigned int __rseq_flags;
}

bool vrt::rseq::register_once() {
    if (attempted) return current_cpu() >= 0;
    attempted = true;
    long r = syscall(__NR_rseq, &area, sizeof area, 0, arch::rseq_signature);
    // ENOSYS (no CONFIG_RSEQ, qemu-user), EPERM (a seccomp filter), EBUSY (the program registered
    // an area of its own first): sched_getcpu then asks the vDSO, as before.
    if (r != 0) return false;
    __rseq_offset = reinterpret_cast<char *>(&area) - static_cast<char *>(arch::thread_pointer());
    __rseq_size = sizeof area;
    return true;
}

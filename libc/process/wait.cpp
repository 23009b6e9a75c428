// wait4(2), the waitpid and wait built on it, and waitid(2).
#include "libc/errno/c_result.h"
#include "sys/kernel.h"
#include "sys/rusage.h"
#include <vrt/wait.h>

extern "C" {

int wait4(int pid, int *status, int options, struct rusage *usage) {
    vrt::KernelRusage k;
    long r = vrt::kernel::wait4(pid, status, options, usage ? &k : nullptr);
    if (!vrt::is_error(r) && usage) vrt::widen(k, usage);
    return vrt::c_result(r);
}

// These two ask for no resource usage, so they call the kernel themselves: through wait4 they
// would link its conversion of the kernel's rusage, which they never use.
int waitpid(int pid, int *status, int options) {
    return vrt::c_result(vrt::kernel::wait4(pid, status, options, nullptr));
}

int wait(int *status) { return vrt::c_result(vrt::kernel::wait4(-1, status, 0, nullptr)); }

int waitid(idtype_t type, id_t id, siginfo_t *info, int options) {
    long r = vrt::kernel::waitid(type, static_cast<int>(id), info, options, nullptr);
    return vrt::c_result(r);
}

}

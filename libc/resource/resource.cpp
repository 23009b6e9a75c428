// Resource limits through prlimit64(2), the one call with 64-bit limits on every arch, and
// getrusage(2).
#include "libc/errno/c_result.h"
#include "sys/kernel.h"
#include "sys/rusage.h"
#include <vrt/resource.h>

extern "C" {

int prlimit(int pid, int resource, const struct rlimit *limit, struct rlimit *old) {
    return vrt::c_result(vrt::kernel::prlimit64(pid, resource, limit, old));
}

int getrlimit(int resource, struct rlimit *limit) { return prlimit(0, resource, nullptr, limit); }

int setrlimit(int resource, const struct rlimit *limit) { return prlimit(0, resource, limit, nullptr); }

int getrusage(int who, struct rusage *usage) {
    vrt::KernelRusage k;
    long r = vrt::kernel::getrusage(who, &k);
    if (!vrt::is_error(r)) vrt::widen(k, usage);
    return vrt::c_result(r);
}

}

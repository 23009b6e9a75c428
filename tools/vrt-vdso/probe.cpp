// Does the vDSO's clock_gettime enter the kernel? seccomp cannot see a call the vDSO serves
// itself, only its fallback system call. A child fails every time system call with a marker
// errno, calls the vDSO, and the result tells which happened.
#include <linux/seccomp.h>
#include <vrt/vdso.h>

#include "child.h"
#include "commands.h"
#include "seccomp_filter.h"

namespace {

// An errno no time system call returns, so seeing it proves the filter answered.
constexpr int marker_errno = 4000;

long probe_in_child(void *) {
    long numbers[16];
    int count = time_syscall_numbers(numbers, 16);
    if (install_seccomp_filter(numbers, count, SECCOMP_RET_ERRNO | marker_errno) != 0) return 2;
    struct timespec ts;
    int r = vrt_vdso_clock_gettime(CLOCK_MONOTONIC, &ts);
    return r == 0 ? 0 : r == -marker_errno ? 1 : 2;
}

}  // namespace

ClockProbe probe_clock_gettime() {
    if (!vrt_vdso_base()) return ClockProbe::unknown;
    Outcome o = run_in_child(probe_in_child, nullptr);
    if (!o.ran || o.signal) return ClockProbe::unknown;
    return o.value == 0 ? ClockProbe::user_space : o.value == 1 ? ClockProbe::kernel : ClockProbe::unknown;
}

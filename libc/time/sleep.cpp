// nanosleep(2) and clock_nanosleep(2). The time64 call comes first; the time32 one, on kernels
// before 5.1, only takes requests whose seconds fit its 32-bit field (else EOVERFLOW).
#include <asm/errno.h>

#include "libc/errno/errno_boundary.h"
#include "sys/system_call.h"
#include "sys/long_time.h"
#include <vrt/time.h>

namespace {

long sleep_on(clockid_t clock, int flags, const struct timespec *request, struct timespec *remaining) {
    // The kernel has no sleep on the calling thread's CPU-time clock and answers EOPNOTSUPP;
    // POSIX names EINVAL for it (clock_nanosleep(3p); clock_nanosleep(2), ERRORS).
    if (clock == CLOCK_THREAD_CPUTIME_ID) return -EINVAL;
    long r = vrt::syscall(vrt::arch::syscall_policy.nr_clock_nanosleep, clock, flags, request, remaining);
    if constexpr (!vrt::long_is_64_bits) {
        if (r == -ENOSYS && vrt::arch::syscall_policy.nr_clock_nanosleep_time32 >= 0) {
            if (!request) return -EFAULT;
            if (request->tv_sec != static_cast<long>(request->tv_sec)) return -EOVERFLOW;
            vrt::LongTimespec narrow = {static_cast<long>(request->tv_sec), request->tv_nsec}, left;
            r = vrt::syscall(vrt::arch::syscall_policy.nr_clock_nanosleep_time32, clock, flags, &narrow,
                             remaining ? &left : nullptr);
            if (r == -EINTR && remaining) vrt::widen(left, remaining);
        }
    }
    return r;
}

}  // namespace

extern "C" {

// Linux measures nanosleep against CLOCK_MONOTONIC (kernel/time/hrtimer.c).
int nanosleep(const struct timespec *request, struct timespec *remaining) {
    return static_cast<int>(vrt::syscall_return(sleep_on(CLOCK_MONOTONIC, 0, request, remaining)));
}

int clock_nanosleep(clockid_t clock, int flags, const struct timespec *request, struct timespec *remaining) {
    return static_cast<int>(-sleep_on(clock, flags, request, remaining));
}

}

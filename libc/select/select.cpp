// select(2) over pselect6, which every table has (the generic one has no select): the timeval
// becomes a timespec and the time left comes back the same way, as Linux's select returns it.
// On 32-bit arches pselect6_time64 comes first, then the time32 pselect6 (before Linux 5.1).
#include <asm/errno.h>
#include <sys/select.h>

#include "libc/errno/errno_boundary.h"
#include "sys/kernel.h"
#include "sys/long_time.h"

namespace {

#if defined(__NR_pselect6_time64)
constexpr long nr_pselect6_time64 = __NR_pselect6_time64;
#else
constexpr long nr_pselect6_time64 = __NR_pselect6;  // 64-bit tables: already 64-bit time
#endif

long kernel_pselect6(int count, fd_set *readable, fd_set *writable, fd_set *exceptional, timespec *timeout) {
    long r = vrt::syscall(nr_pselect6_time64, count, readable, writable, exceptional, timeout, nullptr);
#if defined(__NR_pselect6_time64) && defined(__NR_pselect6)
    if (r == -ENOSYS) {
        if (!timeout) return vrt::syscall(__NR_pselect6, count, readable, writable, exceptional, nullptr, nullptr);
        if (timeout->tv_sec != static_cast<long>(timeout->tv_sec)) return -EOVERFLOW;
        vrt::LongTimespec narrow = {static_cast<long>(timeout->tv_sec), timeout->tv_nsec};
        r = vrt::syscall(__NR_pselect6, count, readable, writable, exceptional, &narrow, nullptr);
        timeout->tv_sec = narrow.tv_sec;
        timeout->tv_nsec = narrow.tv_nsec;
    }
#endif
    return r;
}

}  // namespace

// Like the kernel's select (fs/select.c, kern_select), microseconds of a second or more carry
// into the seconds, and a negative field is EINVAL.
extern "C" int select(int count, fd_set *__restrict readable, fd_set *__restrict writable,
                      fd_set *__restrict exceptional, struct timeval *__restrict timeout) {
    if (!timeout) return static_cast<int>(vrt::syscall_return(kernel_pselect6(count, readable, writable, exceptional, nullptr)));
    if (timeout->tv_sec < 0 || timeout->tv_usec < 0) return vrt::fail_with(EINVAL);
    struct timespec wait = {};
    wait.tv_sec = timeout->tv_sec + timeout->tv_usec / 1000000;
    wait.tv_nsec = static_cast<long>(timeout->tv_usec % 1000000) * 1000;
    long r = kernel_pselect6(count, readable, writable, exceptional, &wait);
    if (!vrt::is_error(r) || r == -EINTR) {
        timeout->tv_sec = wait.tv_sec;
        timeout->tv_usec = wait.tv_nsec / 1000;
    }
    return static_cast<int>(vrt::syscall_return(r));
}

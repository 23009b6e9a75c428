// sleep(3), usleep(3), alarm(2) and pause(2). The sleeps go through nanosleep (libc/time/
// sleep.cpp), which picks the time64 or time32 call, so they work the same on every arch.
#include <asm/errno.h>
#include <time.h>
#include <unistd.h>

#include "libc/errno/errno_boundary.h"
#include "sys/kernel.h"
#include "sys/long_time.h"

extern "C" {

// Interrupted, sleep returns the whole seconds left, the fraction dropped, as glibc's does
// (sysdeps/posix/sleep.c returns nanosleep's remaining tv_sec; 2.95 s left gives 2).
unsigned sleep(unsigned seconds) {
    struct timespec request = {};
    request.tv_sec = seconds;
    struct timespec left = {};
    if (nanosleep(&request, &left) == 0) return 0;
    return static_cast<unsigned>(left.tv_sec);
}

int usleep(useconds_t microseconds) {
    struct timespec request = {};
    request.tv_sec = microseconds / 1000000;
    request.tv_nsec = static_cast<long>(microseconds % 1000000) * 1000;
    return nanosleep(&request, nullptr);
}

// alarm(2) where the table has it; the generic table (aarch64, riscv64) does not, and there
// alarm is setitimer(ITIMER_REAL) (alarm(2), NOTES), whose struct itimerval has long fields.
// The seconds left are then rounded as glibc rounds them: up from a half second, and never 0
// while an alarm is pending.
unsigned alarm(unsigned seconds) {
#ifdef __NR_alarm
    return static_cast<unsigned>(vrt::syscall(__NR_alarm, seconds));
#else
    constexpr int itimer_real = 0;  // ITIMER_REAL, include/uapi/linux/time.h
    struct {
        vrt::LongTimeval interval, value;
    } timer = {}, old = {};
    constexpr unsigned long long long_max = ~0UL >> 1;
    timer.value.tv_sec = static_cast<long>(seconds > long_max ? long_max : seconds);
    if (vrt::is_error(vrt::syscall(__NR_setitimer, itimer_real, &timer, &old))) return 0;
    unsigned left = static_cast<unsigned>(old.value.tv_sec);
    if ((old.value.tv_sec == 0 && old.value.tv_usec != 0) || old.value.tv_usec >= 500000) ++left;
    return left;
#endif
}

// Always -1 with EINTR once a caught signal arrives. Without pause(2) (the generic table),
// ppoll on no descriptors with no timeout waits the same way.
int pause(void) {
#ifdef __NR_pause
    return static_cast<int>(vrt::syscall_return(vrt::syscall(__NR_pause)));
#elif defined(__NR_ppoll)
    return static_cast<int>(vrt::syscall_return(vrt::syscall(__NR_ppoll, nullptr, 0, nullptr, nullptr, 0)));
#else
    return static_cast<int>(vrt::syscall_return(vrt::syscall(__NR_ppoll_time64, nullptr, 0, nullptr, nullptr, 0)));
#endif
}

}

// The kernel's clocks with libvrt's 64-bit time_t, as vrt::kernel:: calls returning -errno.
// On 32-bit arches the time64 system calls come first and the time32 ones are tried only when
// the kernel lacks those (ENOSYS, before Linux 5.1). sys/time_syscalls.cpp says how.
#pragma once

#include <vrt/time.h>

namespace vrt::kernel {

long clock_gettime(clockid_t clock, struct timespec *ts);
long clock_getres(clockid_t clock, struct timespec *res);
long gettimeofday(struct timeval *tv, struct timezone *tz);
// The time in seconds, or -errno.
long long time(time_t *t);
long getcpu(unsigned int *cpu, unsigned int *node);

}  // namespace vrt::kernel

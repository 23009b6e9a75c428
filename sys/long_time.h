// The time structures with C `long` fields that the kernel's time32 interfaces use (its
// __kernel_old_timespec and __kernel_old_timeval): 32-bit on 32-bit arches. On 64-bit arches
// they equal libvrt's own structures and no conversion happens.
#pragma once

#include <vrt/time.h>

namespace vrt {

struct LongTimespec {
    long tv_sec;
    long tv_nsec;
};

struct LongTimeval {
    long tv_sec;
    long tv_usec;
};

inline constexpr bool long_is_64_bits = sizeof(long) == 8;

inline void widen(const LongTimespec &from, timespec *to) {
    *to = {};
    to->tv_sec = from.tv_sec;
    to->tv_nsec = from.tv_nsec;
}

inline void widen(const LongTimeval &from, timeval *to) {
    to->tv_sec = from.tv_sec;
    to->tv_usec = from.tv_usec;
}

}  // namespace vrt

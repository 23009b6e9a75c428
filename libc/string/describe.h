// The texts of strerror(3) and strsignal(3), without their static buffer: the C shells
// (libc/string/strerror.cpp, strsignal.cpp) own that, and the unit tests pass their own and
// compare with the host's glibc.
#pragma once

namespace vrt {

// Room for the longest text built for an unknown number: "Unknown signal -2147483648".
inline constexpr int kDescriptionBufferSize = 32;

// glibc's text for an errno value the kernel defines on this architecture, "Success" for 0,
// or "Unknown error N" written into `buffer` and returned.
const char *describe_error(int error, char (&buffer)[kDescriptionBufferSize]);

// glibc's text for a signal the kernel defines on this architecture, "Real-time signal N" for
// first_realtime + N up to last_realtime (the caller's SIGRTMIN and SIGRTMAX), or
// "Unknown signal N"; the last two are written into `buffer`.
const char *describe_signal(int signal, int first_realtime, int last_realtime,
                            char (&buffer)[kDescriptionBufferSize]);

// Writes `prefix` and then `number` in decimal into `buffer`; returns the buffer.
const char *describe_number(const char *prefix, int number, char (&buffer)[kDescriptionBufferSize]);

}  // namespace vrt

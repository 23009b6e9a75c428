// printf-style formatting, free of any kernel call: the core under snprintf, printf and dprintf
// (libc/stdio/printf.cpp), and testable on the host against the host's own snprintf.
//
// Conversions: d i u o x X c s p %, and glibc's m (strerror(errno), taking no argument).
// Flags: - + space # 0. Width and precision as digits or `*`. Length modifiers: hh h l ll j z t.
// No floating point, no %n, no wide characters (%lc, %ls).
// A directive outside that set is copied to the output as written and consumes no argument, so
// "%f" shows up as "%f" rather than as a wrong number.
//
// Two choices follow glibc, because C leaves them open and programs compare against it:
// %p prints a null pointer as "(nil)" and others as "0x" and lowercase hex; %s of a null
// pointer prints "(null)", or nothing when the precision is below 6.
//
// 64-bit values are converted with 32-bit arithmetic only, so 32-bit targets need no
// __udivdi3 from libgcc.
#pragma once

#include <stdarg.h>
#include <stddef.h>

namespace vrt {

// Where formatted output goes, piece by piece. `write` returns false once it wants no more
// output (its buffer is full, a write failed); from then on the formatter only counts.
struct FormatSink {
    bool (*write)(void *context, const char *bytes, size_t length);
    void *context;
};

// Formats into `sink` and returns the length of the whole output, however much of it the sink
// took. Returns SIZE_MAX, stopping early, when a width or precision exceeds INT_MAX (the C
// caller reports EOVERFLOW for any length above INT_MAX).
size_t format(FormatSink sink, const char *format_string, va_list arguments);

// vsnprintf's contract: writes at most `size` bytes including a terminating NUL (none when
// `size` is 0, and then `buffer` may be null) and returns the untruncated length.
size_t format_to_buffer(char *buffer, size_t size, const char *format_string, va_list arguments);

}  // namespace vrt

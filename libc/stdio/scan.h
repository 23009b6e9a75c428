// scanf-style parsing of a string, free of any kernel call: the core under sscanf and vsscanf
// (libc/stdio/sscanf.cpp), tested on the host against glibc's sscanf on generated inputs.
//
// Conversions: d i u o x X p n c s [...] %; '*' suppresses the assignment; widths; length
// modifiers hh h l ll (and glibc's L and q for ll) j z t. Where C leaves the result open,
// glibc's answer is the one given:
//  - an integer out of range saturates at the limits of strtol (strtoll for ll, L, q, and j where
//    long is 32-bit) and is then truncated to the argument's type, and %u of "-5" is -5 modulo
//    2^bits, as glibc's strtoul gives;
//  - "0x" with no hex digit after it is read by %x, %X, %i and %p as 0, the x consumed;
//  - %p reads what %x reads, or "(nil)" as a null pointer, as glibc's printf writes it;
//  - %c with a width takes what is left when the input ends early, and still counts;
//  - whitespace before %c, %[ and %n is skipped only when the format has whitespace there.
// No floating point and no wide characters: %f %e %g %a, %lc %ls %l[ and anything else unknown
// are a matching failure, which ends the scan.
#pragma once

#include <stdarg.h>

namespace vrt {

// The number of conversions assigned, or -1 (EOF) when the input ended before the first of them.
int scan(const char *input, const char *format, va_list arguments);

}  // namespace vrt

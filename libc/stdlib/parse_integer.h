// Text to integer as strtol(3) reads it, for every integer type of the strtol family (the C
// shell is libc/stdlib/strtol.cpp). Header-only, so the unit tests instantiate these very
// templates and compare them with the host's glibc.
//
// What glibc does, and so what this does (C11 7.22.1.4 leaves some of it open):
// - leading white space (isspace in the C locale), then an optional + or -;
// - base 0: "0x"/"0X" means 16, a leading 0 means 8, else 10; base 16 also skips "0x". When no
//   hex digit follows the "0x", the number is the "0" and *end points at the 'x';
// - a base other than 0 or 2..36: 0 and EINVAL, and *end is not written;
// - no digit at all: 0, and *end = text (not past the white space or the sign);
// - out of range: the nearest limit and ERANGE. The unsigned types negate a "-" number in their
//   own arithmetic ("-1" is the type's maximum); only a magnitude beyond it is out of range.
#pragma once

#include <asm/errno.h>

#include "libc/ctype/character_class.h"

namespace vrt {

template <typename T> struct UnsignedOf;
template <> struct UnsignedOf<long> { using type = unsigned long; };
template <> struct UnsignedOf<long long> { using type = unsigned long long; };
template <> struct UnsignedOf<unsigned long> { using type = unsigned long; };
template <> struct UnsignedOf<unsigned long long> { using type = unsigned long long; };

// 0-9, then a-z or A-Z as 10-35; 36 (no base's digit) for anything else.
constexpr unsigned digit_value(char c) {
    if (is_digit(c)) return static_cast<unsigned>(c - '0');
    if (is_alpha(c)) return static_cast<unsigned>(to_lower(c) - 'a' + 10);
    return 36;
}

// The part common to every type: the magnitude as an unsigned long long, whether it overflowed
// even that, the sign, and where parsing stopped.
struct ParsedInteger {
    unsigned long long magnitude = 0;
    bool overflowed = false;
    bool negative = false;
    const char *end = nullptr;
};

// `base` must already be 0 or 2..36.
constexpr ParsedInteger parse_integer(const char *text, int base) {
    ParsedInteger result;
    const char *s = text;
    while (is_space(*s)) ++s;
    if (*s == '-' || *s == '+') result.negative = *s++ == '-';

    bool hex_prefix = false;
    if ((base == 0 || base == 16) && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
        s += 2;
        base = 16;
        hex_prefix = true;
    } else if (base == 0) {
        base = s[0] == '0' ? 8 : 10;
    }

    const char *digits = s;
    for (unsigned digit; (digit = digit_value(*s)) < static_cast<unsigned>(base); ++s) {
        if (__builtin_mul_overflow(result.magnitude, static_cast<unsigned>(base), &result.magnitude) ||
            __builtin_add_overflow(result.magnitude, digit, &result.magnitude))
            result.overflowed = true;
    }
    if (s == digits)  // nothing after the prefix: "0x" is the number 0, anything else no number
        result.end = hex_prefix ? digits - 1 : text;
    else
        result.end = s;
    return result;
}

// strtol, strtoll, strtoul or strtoull by T: the value, with `error` set to EINVAL or ERANGE
// (and left alone otherwise) and *end set as described above when `end` is not null.
template <typename T>
constexpr T string_to_integer(const char *text, char **end, int base, int &error) {
    using Unsigned = typename UnsignedOf<T>::type;
    if (base < 0 || base == 1 || base > 36) {
        error = EINVAL;
        return 0;
    }
    ParsedInteger parsed = parse_integer(text, base);
    if (end) *end = const_cast<char *>(parsed.end);

    constexpr Unsigned kUnsignedMax = static_cast<Unsigned>(~Unsigned{0});
    constexpr bool kSigned = static_cast<T>(kUnsignedMax) < 0;
    constexpr Unsigned kPositiveLimit = kSigned ? kUnsignedMax >> 1 : kUnsignedMax;
    // A signed type's most negative value has one more in magnitude than its maximum.
    constexpr Unsigned kNegativeLimit = kSigned ? kPositiveLimit + 1 : kUnsignedMax;

    Unsigned limit = parsed.negative ? kNegativeLimit : kPositiveLimit;
    if (parsed.overflowed || parsed.magnitude > limit) {
        error = ERANGE;
        if (!kSigned) return static_cast<T>(kUnsignedMax);
        return parsed.negative ? static_cast<T>(kNegativeLimit) : static_cast<T>(kPositiveLimit);
    }
    Unsigned magnitude = static_cast<Unsigned>(parsed.magnitude);
    // Negation in the unsigned type, then conversion: modular, as C++20 defines it.
    return static_cast<T>(parsed.negative ? Unsigned{0} - magnitude : magnitude);
}

}  // namespace vrt

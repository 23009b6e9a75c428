// The character classes of the C locale (C11 7.4, POSIX's "POSIX" locale), the only locale
// libvrt has: plain ASCII. Bytes 128-255 and EOF belong to no class, and tolower/toupper return
// anything but an ASCII letter unchanged (but for negative char values, as glibc). Header-only,
// so the C shell (libc/ctype/ctype.cpp), the case-insensitive string functions and the unit
// tests share one definition.
#pragma once

namespace vrt {

// c is an int as the C functions take it: EOF (-1), a byte 0..255, or a negative char value.
// Comparing as unsigned sends all negative values far above 127, out of every range.
constexpr bool in_range(int c, unsigned char low, unsigned char high) {
    return static_cast<unsigned>(c) - low <= static_cast<unsigned>(high - low);
}

constexpr bool is_upper(int c) { return in_range(c, 'A', 'Z'); }
constexpr bool is_lower(int c) { return in_range(c, 'a', 'z'); }
constexpr bool is_alpha(int c) { return is_upper(c) || is_lower(c); }
constexpr bool is_digit(int c) { return in_range(c, '0', '9'); }
constexpr bool is_alnum(int c) { return is_alpha(c) || is_digit(c); }
constexpr bool is_xdigit(int c) { return is_digit(c) || in_range(c, 'a', 'f') || in_range(c, 'A', 'F'); }
// ' ', \t, \n, \v, \f, \r.
constexpr bool is_space(int c) { return c == ' ' || in_range(c, '\t', '\r'); }
constexpr bool is_blank(int c) { return c == ' ' || c == '\t'; }
constexpr bool is_cntrl(int c) { return in_range(c, 0, 0x1f) || c == 0x7f; }
constexpr bool is_print(int c) { return in_range(c, ' ', '~'); }
constexpr bool is_graph(int c) { return in_range(c, '!', '~'); }
constexpr bool is_punct(int c) { return is_graph(c) && !is_alnum(c); }
constexpr bool is_ascii(int c) { return in_range(c, 0, 0x7f); }

// A negative char value other than EOF (-128..-2, from a plain char above 127 on arches where
// char is signed) gives the byte it stands for, as glibc's tables do.
constexpr int as_byte_if_negative_char(int c) { return c >= -128 && c < -1 ? c + 256 : c; }

constexpr int to_lower(int c) { return is_upper(c) ? c + ('a' - 'A') : as_byte_if_negative_char(c); }
constexpr int to_upper(int c) { return is_lower(c) ? c - ('a' - 'A') : as_byte_if_negative_char(c); }

}  // namespace vrt

// Byte and string helpers for library-internal code. Header-only and free of any libc, so the
// pure modules (vDSO reader, formatter, allocator) compile the same in libvrt and in the
// host-side unit tests. The C functions (strlen, memcmp, ...) in libc/string/memory_and_strings.cpp are built on these.
#pragma once

#include <stddef.h>

namespace vrt {

constexpr size_t string_length(const char *s) {
    size_t n = 0;
    while (s[n]) ++n;
    return n;
}

// strcmp's contract: <0, 0, >0 comparing as unsigned char.
constexpr int string_compare(const char *a, const char *b) {
    while (*a && *a == *b) { ++a; ++b; }
    return static_cast<unsigned char>(*a) - static_cast<unsigned char>(*b);
}

constexpr bool strings_equal(const char *a, const char *b) { return string_compare(a, b) == 0; }

// strnlen's contract: the length of `s`, or `limit` when no NUL comes within its first `limit`
// bytes. Lets a reader of untrusted bytes check that a string ends inside its buffer.
constexpr size_t bounded_string_length(const char *s, size_t limit) {
    size_t n = 0;
    while (n < limit && s[n]) ++n;
    return n;
}

// Compares at most `limit` bytes of `s` with the NUL-terminated `t`; true when `s` holds exactly
// `t` followed by a NUL within the limit. Used on strings read from untrusted images, whose
// terminator may be missing.
constexpr bool bounded_string_equals(const char *s, size_t limit, const char *t) {
    size_t i = 0;
    for (; t[i]; ++i)
        if (i >= limit || s[i] != t[i]) return false;
    return i < limit && s[i] == '\0';
}

}  // namespace vrt

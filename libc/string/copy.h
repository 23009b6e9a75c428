// Copying strings: the logic under strcpy, stpcpy, strncpy, stpncpy, strcat and strncat
// (libc/string/copy.cpp is the C shell). Header-only so the unit tests run these very functions.
#pragma once

#include <stddef.h>

namespace vrt {

// stpcpy: copies `from` with its NUL and returns where that NUL went in `to`.
constexpr char *copy_string(char *to, const char *from) {
    while ((*to = *from)) ++to, ++from;
    return to;
}

// stpncpy: copies at most n bytes of `from`, fills the rest of the n with NULs, and returns
// the first of those NULs, or to + n when `from` had no NUL within n (`to` is then left
// unterminated, as C says).
constexpr char *copy_string_padded(char *to, const char *from, size_t n) {
    size_t i = 0;
    for (; i < n && from[i]; ++i) to[i] = from[i];
    char *end = to + i;
    for (; i < n; ++i) to[i] = '\0';
    return end;
}

// strncat: appends at most n bytes of `from` to the string in `to`, and always a NUL.
constexpr void append_string(char *to, const char *from, size_t n) {
    while (*to) ++to;
    size_t i = 0;
    for (; i < n && from[i]; ++i) to[i] = from[i];
    to[i] = '\0';
}

}  // namespace vrt

// Searching in bytes and strings: the logic under memchr, strrchr, strstr, strspn, strtok_r and
// their neighbours (libc/string/search.cpp is the C shell). Header-only and libc-free, so the
// unit tests compare these very functions with the host's.
#pragma once

#include <stddef.h>

namespace vrt {

constexpr const unsigned char *find_byte(const unsigned char *s, unsigned char c, size_t n) {
    for (size_t i = 0; i < n; ++i)
        if (s[i] == c) return s + i;
    return nullptr;
}

constexpr const unsigned char *find_last_byte(const unsigned char *s, unsigned char c, size_t n) {
    while (n > 0)
        if (s[--n] == c) return s + n;
    return nullptr;
}

// strchrnul: the first c, or the terminating NUL. c == '\0' finds the terminator.
constexpr const char *find_char_or_end(const char *s, char c) {
    while (*s && *s != c) ++s;
    return s;
}

constexpr const char *find_char(const char *s, char c) {
    const char *found = find_char_or_end(s, c);
    return *found == c ? found : nullptr;
}

constexpr const char *find_last_char(const char *s, char c) {
    const char *last = nullptr;
    for (;; ++s) {
        if (*s == c) last = s;
        if (!*s) return last;
    }
}

// strstr: the first place `needle` starts in `haystack`; an empty needle is found at once.
// A plain scan, O(length of haystack * length of needle) at worst.
constexpr const char *find_substring(const char *haystack, const char *needle) {
    if (!*needle) return haystack;
    for (; (haystack = find_char(haystack, *needle)); ++haystack) {
        size_t i = 1;
        while (needle[i] && haystack[i] == needle[i]) ++i;
        if (!needle[i]) return haystack;
    }
    return nullptr;
}

// memmem (GNU, memmem(3)): the first place the `needle_length` bytes of `needle` start within
// the `length` bytes of `haystack`; an empty needle is found at the start, as glibc finds it.
constexpr const unsigned char *find_bytes(const unsigned char *haystack, size_t length,
                                          const unsigned char *needle, size_t needle_length) {
    if (needle_length == 0) return haystack;
    if (needle_length > length) return nullptr;
    const unsigned char *last_start = haystack + (length - needle_length);
    for (const unsigned char *p = haystack; p <= last_start; ++p) {
        p = find_byte(p, needle[0], static_cast<size_t>(last_start - p) + 1);
        if (!p) return nullptr;
        size_t i = 1;
        while (i < needle_length && p[i] == needle[i]) ++i;
        if (i == needle_length) return p;
    }
    return nullptr;
}

// The bytes of a NUL-terminated set, as 256 bits; the NUL is always in it, so that a span
// stops at the end of the string without a second test.
struct ByteSet {
    unsigned long words[256 / (8 * sizeof(unsigned long))] = {};

    constexpr explicit ByteSet(const char *members) {
        add(0);
        for (; *members; ++members) add(static_cast<unsigned char>(*members));
    }
    constexpr void add(unsigned char c) {
        words[c / (8 * sizeof(unsigned long))] |= 1UL << (c % (8 * sizeof(unsigned long)));
    }
    constexpr bool contains(char c) const {
        unsigned char b = static_cast<unsigned char>(c);
        return (words[b / (8 * sizeof(unsigned long))] >> (b % (8 * sizeof(unsigned long)))) & 1;
    }
};

// strspn: how many leading bytes of s are in `accept`.
constexpr size_t span_of(const char *s, const char *accept) {
    ByteSet allowed(accept);
    size_t n = 0;
    while (s[n] && allowed.contains(s[n])) ++n;
    return n;
}

// strcspn: how many leading bytes of s are not in `reject`.
constexpr size_t span_without(const char *s, const char *reject) {
    ByteSet stop(reject);
    size_t n = 0;
    while (!stop.contains(s[n])) ++n;
    return n;
}

// strpbrk: the first byte of s that is in `accept`.
constexpr const char *find_any_of(const char *s, const char *accept) {
    s += span_without(s, accept);
    return *s ? s : nullptr;
}

// strtok_r: the next token of s (or, for s == NULL, of the rest saved in *saved), NUL-ending it
// in place. *saved is left at the byte after that NUL, or at the end of the string.
inline char *next_token(char *s, const char *delimiters, char **saved) {
    if (!s) s = *saved;
    if (!s) return nullptr;  // strtok_r(NULL, ...) before any string (glibc would crash)
    s += span_of(s, delimiters);
    if (!*s) {
        *saved = s;
        return nullptr;
    }
    char *end = s + span_without(s, delimiters);
    if (*end) *end++ = '\0';
    *saved = end;
    return s;
}

}  // namespace vrt

// The C string and memory functions. Compilers emit calls to memcpy, memmove, memset and memcmp
// on their own (struct copies, zeroing), so these exist in every program that needs them.
// Built with -fno-builtin (and, under GCC, -fno-tree-loop-distribute-patterns) so that these
// loops are not turned back into calls to themselves.
#include <stddef.h>

#include "sys/strings.h"

extern "C" {

void *memcpy(void *__restrict to, const void *__restrict from, size_t n) {
    auto *d = static_cast<unsigned char *>(to);
    auto *s = static_cast<const unsigned char *>(from);
    for (size_t i = 0; i < n; ++i) d[i] = s[i];
    return to;
}

void *memmove(void *to, const void *from, size_t n) {
    auto *d = static_cast<unsigned char *>(to);
    auto *s = static_cast<const unsigned char *>(from);
    if (d < s)
        for (size_t i = 0; i < n; ++i) d[i] = s[i];
    else
        for (size_t i = n; i > 0; --i) d[i - 1] = s[i - 1];
    return to;
}

void *memset(void *to, int c, size_t n) {
    auto *d = static_cast<unsigned char *>(to);
    for (size_t i = 0; i < n; ++i) d[i] = static_cast<unsigned char>(c);
    return to;
}

int memcmp(const void *a, const void *b, size_t n) {
    auto *x = static_cast<const unsigned char *>(a);
    auto *y = static_cast<const unsigned char *>(b);
    for (size_t i = 0; i < n; ++i)
        if (x[i] != y[i]) return x[i] - y[i];
    return 0;
}

// clang turns memcmp(a, b, n) == 0 into a call of bcmp where it does not expand the comparison
// inline (on MIPS, for one); bcmp only says whether the bytes differ.
int bcmp(const void *a, const void *b, size_t n) { return memcmp(a, b, n); }

size_t strlen(const char *s) { return vrt::string_length(s); }

int strcmp(const char *a, const char *b) { return vrt::string_compare(a, b); }

int strncmp(const char *a, const char *b, size_t n) {
    for (size_t i = 0; i < n; ++i) {
        unsigned char x = static_cast<unsigned char>(a[i]), y = static_cast<unsigned char>(b[i]);
        if (x != y || x == 0) return x - y;
    }
    return 0;
}

char *strchr(const char *s, int c) {
    for (;; ++s) {
        if (*s == static_cast<char>(c)) return const_cast<char *>(s);
        if (!*s) return nullptr;
    }
}

}

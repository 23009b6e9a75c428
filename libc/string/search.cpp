// The C shell of the search functions (libc/string/search.h). The const-dropping casts are the
// C signatures' own: strchr and the rest take a const string and return a pointer into it.
#include <stddef.h>

#include "libc/string/search.h"
#include "sys/c_strings.h"

namespace {

template <typename T>
char *mutable_string(const T *s) {
    return const_cast<char *>(reinterpret_cast<const char *>(s));
}

char *saved_by_strtok;  // strtok(3) is specified to keep its place in a hidden static

}  // namespace

extern "C" {

void *memchr(const void *s, int c, size_t n) {
    return mutable_string(vrt::find_byte(static_cast<const unsigned char *>(s),
                                         static_cast<unsigned char>(c), n));
}

void *memmem(const void *haystack, size_t length, const void *needle, size_t needle_length) {
    return mutable_string(vrt::find_bytes(static_cast<const unsigned char *>(haystack), length,
                                          static_cast<const unsigned char *>(needle), needle_length));
}

void *memrchr(const void *s, int c, size_t n) {
    return mutable_string(vrt::find_last_byte(static_cast<const unsigned char *>(s),
                                              static_cast<unsigned char>(c), n));
}

size_t strnlen(const char *s, size_t limit) { return vrt::bounded_string_length(s, limit); }

char *strchrnul(const char *s, int c) {
    return mutable_string(vrt::find_char_or_end(s, static_cast<char>(c)));
}

char *strrchr(const char *s, int c) {
    return mutable_string(vrt::find_last_char(s, static_cast<char>(c)));
}

char *strstr(const char *haystack, const char *needle) {
    return mutable_string(vrt::find_substring(haystack, needle));
}

char *strpbrk(const char *s, const char *accept) {
    return mutable_string(vrt::find_any_of(s, accept));
}

size_t strspn(const char *s, const char *accept) { return vrt::span_of(s, accept); }

size_t strcspn(const char *s, const char *reject) { return vrt::span_without(s, reject); }

char *strtok_r(char *__restrict s, const char *__restrict delimiters, char **__restrict saved) {
    return vrt::next_token(s, delimiters, saved);
}

char *strtok(char *__restrict s, const char *__restrict delimiters) {
    return vrt::next_token(s, delimiters, &saved_by_strtok);
}

}

// The C shell of the string copies (libc/string/copy.h).
#include <stddef.h>

#include "libc/string/copy.h"

extern "C" {

char *stpcpy(char *__restrict to, const char *__restrict from) { return vrt::copy_string(to, from); }

char *strcpy(char *__restrict to, const char *__restrict from) {
    vrt::copy_string(to, from);
    return to;
}

char *stpncpy(char *__restrict to, const char *__restrict from, size_t n) {
    return vrt::copy_string_padded(to, from, n);
}

char *strncpy(char *__restrict to, const char *__restrict from, size_t n) {
    vrt::copy_string_padded(to, from, n);
    return to;
}

char *strcat(char *__restrict to, const char *__restrict from) {
    vrt::append_string(to, from, static_cast<size_t>(-1));
    return to;
}

char *strncat(char *__restrict to, const char *__restrict from, size_t n) {
    vrt::append_string(to, from, n);
    return to;
}

}

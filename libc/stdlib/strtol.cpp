// strtol(3) and its family (with strtoimax(3) and strtoumax), and the ato* functions that glibc defines through them (so atoi of
// an out-of-range number also sets ERANGE, and returns the long result cut to int).
#include <stdint.h>

#include "libc/stdlib/parse_integer.h"
#include "libc/errno/errno_boundary.h"

namespace {

template <typename T>
T string_to(const char *text, char **end, int base) {
    int error = 0;
    T value = vrt::string_to_integer<T>(text, end, base, error);
    if (error) vrt::fail_with(error);
    return value;
}

}  // namespace

extern "C" {

long strtol(const char *__restrict text, char **__restrict end, int base) {
    return string_to<long>(text, end, base);
}

unsigned long strtoul(const char *__restrict text, char **__restrict end, int base) {
    return string_to<unsigned long>(text, end, base);
}

long long strtoll(const char *__restrict text, char **__restrict end, int base) {
    return string_to<long long>(text, end, base);
}

unsigned long long strtoull(const char *__restrict text, char **__restrict end, int base) {
    return string_to<unsigned long long>(text, end, base);
}

intmax_t strtoimax(const char *__restrict text, char **__restrict end, int base) {
    return string_to<intmax_t>(text, end, base);
}

uintmax_t strtoumax(const char *__restrict text, char **__restrict end, int base) {
    return string_to<uintmax_t>(text, end, base);
}

int atoi(const char *text) { return static_cast<int>(string_to<long>(text, nullptr, 10)); }
long atol(const char *text) { return string_to<long>(text, nullptr, 10); }
long long atoll(const char *text) { return string_to<long long>(text, nullptr, 10); }

}

// Case-insensitive comparison in the C locale: the logic under strcasecmp and strncasecmp
// (libc/string/case_compare.cpp). Like glibc, the bytes are compared after tolower, as
// unsigned char values.
#pragma once

#include <stddef.h>

#include "libc/ctype/character_class.h"

namespace vrt {

constexpr int compare_ignoring_case(const char *a, const char *b, size_t n) {
    for (size_t i = 0; i < n; ++i) {
        int x = to_lower(static_cast<unsigned char>(a[i]));
        int y = to_lower(static_cast<unsigned char>(b[i]));
        if (x != y || x == 0) return x - y;
    }
    return 0;
}

}  // namespace vrt

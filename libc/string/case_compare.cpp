// <strings.h>'s strcasecmp(3) and strncasecmp(3), over libc/string/case_compare.h.
#include <stddef.h>

#include "libc/string/case_compare.h"

extern "C" {

int strcasecmp(const char *a, const char *b) {
    return vrt::compare_ignoring_case(a, b, static_cast<size_t>(-1));
}

int strncasecmp(const char *a, const char *b, size_t n) { return vrt::compare_ignoring_case(a, b, n); }

}

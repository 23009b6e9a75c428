// strftime(3), asctime(3) and asctime_r: the C shells of libc/time/format_time.h.
#include <asm/errno.h>
#include <time.h>

#include "libc/errno/errno_boundary.h"
#include "libc/time/format_time.h"

namespace {

// asctime_r's buffer is 26 bytes (C11 7.27.3.1's example, glibc's limit); asctime's own has
// room for any int year and fields, as glibc's has.
constexpr size_t kCallerBufferSize = 26;
char shared_text[3 + 1 + 3 + 5 * (1 + 11) + 1 + 1];

char *format_asctime(const struct tm *tm, char *buffer, size_t size) {
    if (!vrt::time_format::format_asctime(buffer, size, *tm)) return vrt::fail_with(EOVERFLOW), nullptr;
    return buffer;
}

}  // namespace

extern "C" {

size_t strftime(char *__restrict s, size_t size, const char *__restrict format, const struct tm *__restrict tm) {
    return vrt::time_format::format(s, size, format, *tm);
}

char *asctime_r(const struct tm *__restrict tm, char *__restrict buffer) {
    return format_asctime(tm, buffer, kCallerBufferSize);
}

char *asctime(const struct tm *tm) { return format_asctime(tm, shared_text, sizeof shared_text); }

}

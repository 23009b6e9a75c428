// Many bytes at a time: fread fwrite fgets fputs puts.
#include <stdio.h>

#include "libc/stdio/c_file.h"
#include "libc/errno/errno_boundary.h"
#include "sys/c_strings.h"

namespace {

constexpr int kLargestInt = 0x7fffffff;

using vrt::stdio::IoResult;

// Whole elements transferred; errno set when a failure cut the transfer short.
size_t elements(IoResult r, size_t size) {
    if (r.error) vrt::fail_with(r.error);
    return r.count / size;
}

}  // namespace

extern "C" {

// C11 7.21.8.1: a partial element counts for nothing, and size or count 0 transfers nothing.
size_t fread(void *__restrict data, size_t size, size_t count, FILE *__restrict stream) {
    if (size == 0 || count == 0) return 0;
    if (count > static_cast<size_t>(-1) / size) count = static_cast<size_t>(-1) / size;
    return elements(vrt::stdio::read_bytes(*stream, static_cast<char *>(data), size * count), size);
}

size_t fwrite(const void *__restrict data, size_t size, size_t count, FILE *__restrict stream) {
    if (size == 0 || count == 0) return 0;
    if (count > static_cast<size_t>(-1) / size) count = static_cast<size_t>(-1) / size;
    return elements(vrt::stdio::write_bytes(*stream, static_cast<const char *>(data), size * count), size);
}

// As glibc: NULL for a size below 1, an empty string for 1; NULL when nothing was read, or when
// a read error happened during this call (what was read is then in `line`, unterminated).
char *fgets(char *__restrict line, int size, FILE *__restrict stream) {
    if (size <= 0) return nullptr;
    IoResult r = vrt::stdio::read_line(*stream, line, static_cast<size_t>(size));
    if (r.error) return vrt::fail_with(r.error), nullptr;
    if (r.count == 0 && size > 1) return nullptr;
    line[r.count] = '\0';
    return line;
}

// glibc returns 1 on success; C asks only for a non-negative value.
int fputs(const char *__restrict s, FILE *__restrict stream) {
    size_t length = vrt::string_length(s);
    IoResult r = vrt::stdio::write_bytes(*stream, s, length);
    if (r.error) return static_cast<int>(vrt::fail_with(r.error));
    return 1;
}

// The string and a newline; returns the bytes written as glibc does (at most INT_MAX).
int puts(const char *s) {
    size_t length = vrt::string_length(s);
    IoResult r = vrt::stdio::write_bytes(*stdout, s, length);
    if (!r.error) r = vrt::stdio::write_bytes(*stdout, "\n", 1);
    if (r.error) return static_cast<int>(vrt::fail_with(r.error));
    return length < kLargestInt ? static_cast<int>(length + 1) : kLargestInt;
}

}

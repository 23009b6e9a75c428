// sscanf and vsscanf over vrt::scan (libc/stdio/scan.cpp). No errno: a string cannot fail to be
// read, and glibc sets none for a matching failure.
#include <stdio.h>

#include "libc/stdio/scan.h"

extern "C" {

int vsscanf(const char *__restrict input, const char *__restrict format, va_list arguments) {
    return vrt::scan(input, format, arguments);
}

int sscanf(const char *__restrict input, const char *__restrict format, ...) {
    va_list arguments;
    va_start(arguments, format);
    int result = vrt::scan(input, format, arguments);
    va_end(arguments);
    return result;
}

}

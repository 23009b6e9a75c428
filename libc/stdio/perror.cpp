// perror(3): "s: message\n" on stderr, or just "message\n" when s is NULL or empty, the message
// being strerror(errno) as errno was at the call; errno is left as it was found. Written in one
// piece when it fits a line, so that an unbuffered stderr makes one write(2), as glibc's does.
#include <stdio.h>

#include "libc/stdio/c_file.h"
#include "sys/c_strings.h"

extern "C" char *strerror(int error);  // libc/string/strerror.cpp
extern "C" int *__errno_location(void);

extern "C" void perror(const char *s) {
    int error = *__errno_location();
    const char *pieces[] = {s && *s ? s : "", s && *s ? ": " : "", strerror(error), "\n"};
    char line[256];
    size_t length = 0;
    bool fits = true;
    for (const char *piece : pieces) {
        size_t n = vrt::string_length(piece);
        if (length + n > sizeof line) fits = false;
        for (size_t i = 0; fits && i < n; ++i) line[length++] = piece[i];
    }
    if (fits) {
        vrt::stdio::write_bytes(*stderr, line, length);
    } else {
        for (const char *piece : pieces) vrt::stdio::write_bytes(*stderr, piece, vrt::string_length(piece));
    }
    *__errno_location() = error;
}

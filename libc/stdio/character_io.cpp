// One byte at a time: fgetc getc getchar ungetc fputc putc putchar. The buffered case is inline
// (libc/stdio/file.h); the rest is the core's.
#include <stdio.h>

#include "libc/stdio/c_file.h"
#include "libc/errno/errno_boundary.h"

namespace {

// EOF with errno set when a read or write failed; a plain EOF at the end of the file.
int result_of(int c, int error) {
    if (c < 0 && error) vrt::fail_with(error);
    return c;
}

}  // namespace

extern "C" {

int fgetc(FILE *stream) {
    int error = 0;
    int c = vrt::stdio::get_char(*stream, error);
    return result_of(c, error);
}

int getc(FILE *stream) { return fgetc(stream); }
int getchar(void) { return fgetc(stdin); }

int ungetc(int c, FILE *stream) { return vrt::stdio::unget(*stream, c); }

int fputc(int c, FILE *stream) {
    int error = 0;
    int r = vrt::stdio::put_char(*stream, c, error);
    return result_of(r, error);
}

int putc(int c, FILE *stream) { return fputc(c, stream); }
int putchar(int c) { return fputc(c, stdout); }

}

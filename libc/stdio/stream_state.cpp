// A stream's state and position: fflush setvbuf setbuf fileno feof ferror clearerr fseek ftell
// rewind.
#include <stdio.h>

#include <asm/errno.h>

#include "libc/stdio/c_file.h"
#include "libc/stdio/open_streams.h"
#include "libc/errno/c_result.h"

namespace {

constexpr long kLargestLong = static_cast<long>(~0ul >> 1);

int eof_on_error(int r) { return r < 0 ? (vrt::c_result(r), EOF) : 0; }

}  // namespace

extern "C" {

// fflush(NULL) writes out every stream's pending output; EOF if any failed.
int fflush(FILE *stream) {
    if (!stream) return eof_on_error(vrt::stdio::flush_all());
    return eof_on_error(vrt::stdio::flush(*stream));
}

int setvbuf(FILE *__restrict stream, char *__restrict buffer, int mode, size_t size) {
    return eof_on_error(vrt::stdio::set_buffering(*stream, buffer, mode, size));
}

void setbuf(FILE *__restrict stream, char *__restrict buffer) {
    setvbuf(stream, buffer, buffer ? _IOFBF : _IONBF, BUFSIZ);
}

int fileno(FILE *stream) {
    if (stream->fd < 0) return vrt::fail_with(EBADF);
    return stream->fd;
}

int feof(FILE *stream) { return (stream->flags & vrt::stdio::kAtEnd) != 0; }
int ferror(FILE *stream) { return (stream->flags & vrt::stdio::kFailed) != 0; }
void clearerr(FILE *stream) { stream->flags &= ~(vrt::stdio::kAtEnd | vrt::stdio::kFailed); }

int fseek(FILE *stream, long offset, int whence) { return eof_on_error(vrt::stdio::seek(*stream, offset, whence)); }

// A position beyond LONG_MAX (a 32-bit long) is EOVERFLOW, as POSIX says for ftell.
long ftell(FILE *stream) {
    long long position = vrt::stdio::tell(*stream);
    if (position < 0) return static_cast<long>(vrt::syscall_return(static_cast<long>(position)));
    if (position > kLargestLong) return vrt::fail_with(EOVERFLOW);
    return static_cast<long>(position);
}

void rewind(FILE *stream) {
    vrt::stdio::seek(*stream, 0, SEEK_SET);
    clearerr(stream);
}

}

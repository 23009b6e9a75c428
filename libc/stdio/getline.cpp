// getline(3) and getdelim (POSIX.1-2008): a whole line of any length into a buffer grown with
// realloc. Sizes follow glibc's, so a caller sees the same *n: 120 bytes for a missing buffer,
// then growth to hold what the stream has buffered up to the delimiter, at least doubling.
// Bytes are taken straight from the stream's read buffer (libc/stdio/file.h), one run per
// refill, rather than one getc at a time.
#include <asm/errno.h>
#include <stdio.h>
#include <vrt/malloc.h>

#include "libc/errno/errno_boundary.h"
#include "libc/stdio/c_file.h"
#include <string.h>

namespace {

constexpr size_t kFirstSize = 120;  // glibc's first allocation
constexpr size_t kLargestLength = static_cast<size_t>(-1) >> 1;  // SSIZE_MAX

// The buffer at least `needed` bytes long, or false (errno ENOMEM from realloc) and nothing
// changed.
bool make_room(char **line, size_t *size, size_t needed) {
    if (needed <= *size) return true;
    if (needed < 2 * *size) needed = 2 * *size;
    auto *grown = static_cast<char *>(realloc(*line, needed));
    if (!grown) return false;
    *line = grown;
    *size = needed;
    return true;
}

}  // namespace

extern "C" {

ssize_t getdelim(char **__restrict line, size_t *__restrict size, int delimiter, FILE *__restrict stream) {
    if (!line || !size) return vrt::fail_with(EINVAL);
    if (!*line || *size == 0) {
        auto *fresh = static_cast<char *>(realloc(*line, kFirstSize));
        if (!fresh) return -1;
        *line = fresh;
        *size = kFirstSize;
    }
    vrt::stdio::File &f = *stream;
    const char wanted = static_cast<char>(delimiter);
    int error = 0;
    size_t length = 0;
    for (int c; (c = vrt::stdio::get_char(f, error)) >= 0;) {
        // c, then the rest of what the stream holds, up to and including the delimiter.
        const char *run = f.read_next;
        size_t run_length = 0;
        bool ended = static_cast<char>(c) == wanted;
        if (!ended) {
            size_t buffered = static_cast<size_t>(f.read_end - run);
            while (run_length < buffered && run[run_length] != wanted) ++run_length;
            if (run_length < buffered) {
                ++run_length;
                ended = true;
            }
        }
        if (1 + run_length >= kLargestLength - length) return vrt::fail_with(EOVERFLOW);
        if (!make_room(line, size, length + 1 + run_length + 1)) return -1;
        (*line)[length++] = static_cast<char>(c);
        memcpy(*line + length, run, run_length);
        length += run_length;
        f.read_next += run_length;
        if (ended) break;
    }
    // A failed read keeps what came before it, as glibc does; nothing at all is -1 (glibc
    // leaves the buffer unterminated then).
    if (error) vrt::fail_with(error);
    if (length == 0) return -1;
    (*line)[length] = '\0';
    return static_cast<ssize_t>(length);
}

ssize_t getline(char **__restrict line, size_t *__restrict size, FILE *__restrict stream) {
    return getdelim(line, size, '\n', stream);
}

}

// The FILE behind every stream, and the buffering core that every stdio function is built on.
//
// The core (libc/stdio/stream.cpp) never calls the kernel: a stream reaches its file through a
// StreamIo table (read, write, seek, close and "is this a terminal"), which is the file
// descriptor calls in libvrt (libc/stdio/descriptor_io.cpp) and a scripted fake in the host unit
// tests. Core functions return counts and positive errno values in IoResult, or -errno; only the
// C functions (libc/stdio/*.cpp, extern "C") write errno.
//
// Buffer states, as pointers into `buffer` (C11 7.21.3 and 7.21.5.3 for the rules):
//   idle     read_next == read_end == write_next == write_end == nullptr
//   reading  [read_next, read_end) holds bytes read from the file and not yet consumed; the
//            kUngetRoom bytes below data() let ungetc push back into a fresh buffer
//   writing  [data(), write_next) holds bytes not yet written; write_end is the end of the room
// Both pairs are null outside their state, so the inline fast paths (getc, putc) fail over to
// the core whenever the stream must change direction, set up its buffer or refill it.
#pragma once

#include <stddef.h>

namespace vrt::stdio {

// The file beneath a stream. `cookie` is passed back to every call.
struct StreamIo {
    long (*read)(void *cookie, char *bytes, size_t length);         // count, 0 at end, or -errno
    long (*write)(void *cookie, const char *bytes, size_t length);  // count or -errno
    long (*seek)(void *cookie, long long offset, int whence, long long *position);  // 0 or -errno
    long (*close)(void *cookie);                                    // 0 or -errno
    bool (*is_terminal)(void *cookie);
};

enum StreamFlags : unsigned {
    kReadable = 1u << 0,
    kWritable = 1u << 1,
    kAtEnd = 1u << 2,          // the end-of-file indicator (feof)
    kFailed = 1u << 3,         // the error indicator (ferror)
    kLineBuffered = 1u << 4,
    kUnbuffered = 1u << 5,
    kBufferChosen = 1u << 6,   // setvbuf or the first I/O has fixed the buffering
    kAllocated = 1u << 7,      // fopen/fdopen made it: fclose frees it
};

constexpr size_t kUngetRoom = 4;  // C guarantees one pushed-back character; a few cost nothing

struct IoResult {
    size_t count;  // bytes transferred
    int error;     // positive errno of the failure that stopped the transfer, or 0
};

// A stream. The public FILE (struct _IO_FILE, libc/stdio/c_file.h) is this, opaque to programs;
// the core and its host tests know only this name, which cannot clash with the host's FILE.
struct File {
    unsigned flags = 0;
    char *read_next = nullptr;
    char *read_end = nullptr;
    char *write_next = nullptr;
    char *write_end = nullptr;
    char *buffer = nullptr;  // kUngetRoom bytes of push-back room, then the data area
    size_t size = 0;         // of the whole buffer, push-back room included
    char *own_buffer = nullptr;  // the stream's own buffer, which setvbuf(f, NULL, ...) returns to
    size_t own_size = 0;
    const StreamIo *io = nullptr;
    void *cookie = nullptr;
    int fd = -1;  // what fileno returns
    File *next_open = nullptr;  // the list of fopen'd streams (libc/stdio/open_streams.h)
    char unbuffered_room[kUngetRoom + 1] = {};  // the buffer of an unbuffered stream

    char *data() { return buffer + kUngetRoom; }
    size_t capacity() const { return size - kUngetRoom; }
};

// Makes `f` an idle stream over `io`, with its own `buffer` (null: the stream can only be
// unbuffered) and `flags`: kReadable, kWritable, and kUnbuffered to start unbuffered.
void initialize(File &f, const StreamIo *io, void *cookie, int fd, unsigned flags, char *buffer, size_t size);

// setvbuf. `buffer` may be null (the stream's own one); `size` counts what the caller gave. Output
// still pending is flushed first, as glibc does. 0, -EINVAL for a bad mode, or the flush's -errno.
int set_buffering(File &f, char *buffer, int mode, size_t size);

IoResult write_bytes(File &f, const char *bytes, size_t length);
IoResult read_bytes(File &f, char *bytes, size_t length);

// fgets: at most size - 1 bytes, up to and including a newline. `count` is what was stored.
IoResult read_line(File &f, char *line, size_t size);

// Writes pending output, or gives back unread input by moving the file offset back over it
// (POSIX fflush on a seekable input stream). 0 or -errno, with the error indicator set.
int flush(File &f);

// fseek's work (flush, drop buffered input and the end indicator, then seek). 0 or -errno.
int seek(File &f, long long offset, int whence);

// The stream's position: the file's offset less what is buffered for reading, plus what is
// buffered for writing. The position or -errno.
long long tell(File &f);

// Pushes `c` back; c, or -1 when there is no room or c is EOF.
int unget(File &f, int c);

// Flushes and closes the file beneath; 0, or the first -errno (the stream is closed either way).
int finish(File &f);

// The stream whose output is flushed before a line-buffered or unbuffered stream refills from its
// file, as glibc does for stdout (C11 7.21.3p3: such reads "request" input from the host).
// Defined as stdout by libc/stdio/stdout.cpp (the host unit tests define their own).
extern File *interactive_output;

// The slow halves of getc and putc.
int get_char_slow(File &f, int &error);
int put_char_slow(File &f, int c, int &error);

inline int get_char(File &f, int &error) {
    if (f.read_next != f.read_end) return static_cast<unsigned char>(*f.read_next++);
    return get_char_slow(f, error);
}

// The fast path is for a buffered byte that is not a line buffer's newline.
inline int put_char(File &f, int c, int &error) {
    if (f.write_next != f.write_end && !(c == '\n' && (f.flags & kLineBuffered))) {
        *f.write_next++ = static_cast<char>(c);
        return static_cast<unsigned char>(c);
    }
    return put_char_slow(f, c, error);
}

}  // namespace vrt::stdio

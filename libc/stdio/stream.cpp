// The buffering core under every stdio function (libc/stdio/file.h): no kernel calls, only the
// stream's StreamIo, so the host unit tests run it over a scripted file.
#include "libc/stdio/file.h"

#include <asm/errno.h>

namespace vrt::stdio {

// interactive_output is defined with stdout (libc/stdio/stdout.cpp): weak, so that reading a
// stream does not link stdout into a program that never names it.
extern File *interactive_output __attribute__((weak));

namespace {

constexpr int kFullyBuffered = 0, kLineBufferedMode = 1, kUnbufferedMode = 2;  // _IOFBF _IOLBF _IONBF

bool is_reading(const File &f) { return f.read_next != nullptr; }
bool is_writing(const File &f) { return f.write_next != nullptr; }
size_t unread(const File &f) { return static_cast<size_t>(f.read_end - f.read_next); }
size_t pending(File &f) { return is_writing(f) ? static_cast<size_t>(f.write_next - f.data()) : 0; }

void set_idle(File &f) { f.read_next = f.read_end = f.write_next = f.write_end = nullptr; }

void use_unbuffered_room(File &f) {
    f.buffer = f.unbuffered_room;
    f.size = sizeof f.unbuffered_room;
    f.flags = (f.flags & ~kLineBuffered) | kUnbuffered;
}

// At the first I/O, unless setvbuf chose: line buffering on a terminal, as glibc decides for any
// stream at its first buffer (C11 7.21.3p7 asks it of stdout and stdin).
void choose_buffering(File &f) {
    if (f.flags & kBufferChosen) return;
    f.flags |= kBufferChosen;
    if (f.flags & kUnbuffered) return;
    if (f.io->is_terminal(f.cookie)) f.flags |= kLineBuffered;
}

int fail(File &f, int error) {
    f.flags |= kFailed;
    return -error;
}

// Writes [bytes, bytes + length) to the file, resuming after partial writes.
IoResult write_through(File &f, const char *bytes, size_t length) {
    size_t done = 0;
    while (done < length) {
        long n = f.io->write(f.cookie, bytes + done, length - done);
        if (n < 0) {
            fail(f, static_cast<int>(-n));
            return {done, static_cast<int>(-n)};
        }
        if (n == 0) {  // not expected for a non-empty write: never loop on it
            fail(f, EIO);
            return {done, EIO};
        }
        done += static_cast<size_t>(n);
    }
    return {done, 0};
}

// Writes what is pending. On failure the unwritten bytes stay buffered, as in glibc, so that
// a later fflush may retry them.
int write_pending(File &f) {
    size_t length = pending(f);
    if (length == 0) return 0;
    IoResult r = write_through(f, f.data(), length);
    if (r.error) {
        char *data = f.data();
        for (size_t i = r.count; i < length; ++i) data[i - r.count] = data[i];
        f.write_next = data + (length - r.count);
        return -r.error;
    }
    f.write_next = f.data();
    return 0;
}

// Drops buffered input, moving the file offset back over what was read ahead. An unseekable
// file (pipe, terminal) cannot take it back: that is no error, and the input stays buffered
// (glibc's fflush on such a stream does the same).
int give_back_input(File &f) {
    size_t ahead = unread(f);
    if (ahead > 0) {
        long long position;
        long r = f.io->seek(f.cookie, -static_cast<long long>(ahead), 1 /* SEEK_CUR */, &position);
        if (r == -ESPIPE) return 0;
        if (r < 0) return fail(f, static_cast<int>(-r));
    }
    f.read_next = f.read_end = nullptr;
    return 0;
}

int begin_writing(File &f) {
    if (!(f.flags & kWritable)) return fail(f, EBADF);
    if (is_writing(f)) return 0;
    choose_buffering(f);
    if (is_reading(f)) {
        int r = give_back_input(f);
        if (r < 0) return r;
        f.read_next = f.read_end = nullptr;  // what an unseekable file could not take back is lost
    }
    f.write_next = f.data();
    f.write_end = (f.flags & kUnbuffered) ? f.data() : f.buffer + f.size;
    return 0;
}

int begin_reading(File &f) {
    if (!(f.flags & kReadable)) return fail(f, EBADF);
    if (is_reading(f)) return 0;
    choose_buffering(f);
    if (is_writing(f)) {
        int r = write_pending(f);
        if (r < 0) return r;
        f.write_next = f.write_end = nullptr;
    }
    f.read_next = f.read_end = f.data();
    return 0;
}

// Before a line-buffered or unbuffered stream asks its file for more.
void flush_interactive_output(File &f) {
    File *out = &interactive_output ? interactive_output : nullptr;
    if (out && out != &f && (out->flags & kLineBuffered) && is_writing(*out)) write_pending(*out);
}

// Reads more into the empty buffer: 1 with bytes, 0 at end of file, -errno on failure.
int refill(File &f) {
    if (f.flags & kAtEnd) return 0;  // C11 7.21.7.1: the end indicator is sticky
    if (f.flags & (kLineBuffered | kUnbuffered)) flush_interactive_output(f);
    long n = f.io->read(f.cookie, f.data(), f.capacity());
    if (n < 0) return fail(f, static_cast<int>(-n));
    f.read_next = f.data();
    f.read_end = f.data() + n;
    if (n == 0) {
        f.flags |= kAtEnd;
        return 0;
    }
    return 1;
}

size_t take_unread(File &f, char *bytes, size_t length) {
    size_t n = unread(f) < length ? unread(f) : length;
    __builtin_memcpy(bytes, f.read_next, n);
    f.read_next += n;
    return n;
}

// Buffers what fits, writing the buffer out whenever it fills; a piece at least as large as the
// buffer goes straight to the file once nothing is pending before it.
IoResult put_buffered(File &f, const char *bytes, size_t length) {
    size_t done = 0;
    while (done < length) {
        size_t room = static_cast<size_t>(f.write_end - f.write_next);
        size_t left = length - done;
        if (pending(f) == 0 && left >= f.capacity()) {
            IoResult r = write_through(f, bytes + done, left);
            return {done + r.count, r.error};
        }
        if (room == 0) {
            int r = write_pending(f);
            if (r < 0) return {done, -r};
            continue;
        }
        size_t n = left < room ? left : room;
        __builtin_memcpy(f.write_next, bytes + done, n);
        f.write_next += n;
        done += n;
    }
    return {done, 0};
}

const char *last_newline(const char *bytes, size_t length) {
    for (size_t i = length; i > 0; --i)
        if (bytes[i - 1] == '\n') return bytes + i - 1;
    return nullptr;
}

}  // namespace

void initialize(File &f, const StreamIo *io, void *cookie, int fd, unsigned flags, char *buffer, size_t size) {
    f.flags = flags;
    set_idle(f);
    f.io = io;
    f.cookie = cookie;
    f.fd = fd;
    f.next_open = nullptr;
    f.own_buffer = buffer;
    f.own_size = size;
    if (buffer && size > kUngetRoom && !(flags & kUnbuffered)) {
        f.buffer = buffer;
        f.size = size;
    } else {
        use_unbuffered_room(f);
    }
}

int set_buffering(File &f, char *buffer, int mode, size_t size) {
    if (mode != kFullyBuffered && mode != kLineBufferedMode && mode != kUnbufferedMode) return -EINVAL;
    int r = flush(f);
    if (r < 0) return r;
    set_idle(f);
    f.flags = (f.flags & ~(kLineBuffered | kUnbuffered)) | kBufferChosen;
    if (mode == kUnbufferedMode) {
        use_unbuffered_room(f);
        return 0;
    }
    if (buffer && size > kUngetRoom) {
        f.buffer = buffer;
        f.size = size;
    } else if (f.own_buffer) {
        f.buffer = f.own_buffer;
        f.size = f.own_size;
    } else {
        use_unbuffered_room(f);  // a stream made without a buffer of its own stays unbuffered
        return 0;
    }
    if (mode == kLineBufferedMode) f.flags |= kLineBuffered;
    return 0;
}

IoResult write_bytes(File &f, const char *bytes, size_t length) {
    int r = begin_writing(f);
    if (r < 0) return {0, -r};
    if (f.flags & kUnbuffered) return write_through(f, bytes, length);
    if (!(f.flags & kLineBuffered)) return put_buffered(f, bytes, length);
    // Line buffered: up to the last newline goes out now, the rest waits in the buffer.
    const char *newline = last_newline(bytes, length);
    if (!newline) return put_buffered(f, bytes, length);
    size_t head = static_cast<size_t>(newline - bytes) + 1;
    IoResult first = put_buffered(f, bytes, head);
    if (first.error) return first;
    r = write_pending(f);
    if (r < 0) return {head, -r};
    IoResult rest = put_buffered(f, bytes + head, length - head);
    return {head + rest.count, rest.error};
}

IoResult read_bytes(File &f, char *bytes, size_t length) {
    int r = begin_reading(f);
    if (r < 0) return {0, -r};
    size_t done = take_unread(f, bytes, length);
    while (done < length && !(f.flags & kAtEnd)) {
        size_t left = length - done;
        if (left >= f.capacity()) {  // large reads go straight into the caller's memory
            if (f.flags & (kLineBuffered | kUnbuffered)) flush_interactive_output(f);
            long n = f.io->read(f.cookie, bytes + done, left);
            if (n < 0) return {done, -fail(f, static_cast<int>(-n))};
            if (n == 0) f.flags |= kAtEnd;
            done += static_cast<size_t>(n);
            continue;
        }
        r = refill(f);
        if (r < 0) return {done, -r};
        done += take_unread(f, bytes + done, left);
    }
    return {done, 0};
}

IoResult read_line(File &f, char *line, size_t size) {
    int r = begin_reading(f);
    if (r < 0) return {0, -r};
    size_t done = 0;
    while (done + 1 < size) {
        if (unread(f) == 0) {
            r = refill(f);
            if (r < 0) return {done, -r};
            if (r == 0) break;
        }
        char c = *f.read_next++;
        line[done++] = c;
        if (c == '\n') break;
    }
    return {done, 0};
}

int flush(File &f) {
    if (is_writing(f)) return write_pending(f);
    if (is_reading(f)) return give_back_input(f);
    return 0;
}

int seek(File &f, long long offset, int whence) {
    int r = flush(f);
    if (r < 0) return r;
    // SEEK_CUR counts from the stream's position, which give_back_input made the file's.
    set_idle(f);
    long long position;
    long s = f.io->seek(f.cookie, offset, whence, &position);
    if (s < 0) return static_cast<int>(s);  // a bad offset or whence is no stream error (glibc)
    f.flags &= ~kAtEnd;
    return 0;
}

long long tell(File &f) {
    long long position;
    long r = f.io->seek(f.cookie, 0, 1 /* SEEK_CUR */, &position);
    if (r < 0) return r;
    if (is_reading(f)) position -= static_cast<long long>(unread(f));
    if (is_writing(f)) position += static_cast<long long>(pending(f));
    if (position < 0) return -EIO;  // more pushed back than was read: no position to report
    return position;
}

int unget(File &f, int c) {
    if (c == -1) return -1;
    if (begin_reading(f) < 0) return -1;
    if (f.read_next == f.buffer) return -1;  // the push-back room is full
    *--f.read_next = static_cast<char>(c);
    f.flags &= ~kAtEnd;  // C11 7.21.7.10p5: a successful ungetc clears the end indicator
    return static_cast<unsigned char>(c);
}

int finish(File &f) {
    int result = flush(f);
    long r = f.io->close(f.cookie);
    if (result == 0 && r < 0) result = static_cast<int>(r);
    set_idle(f);
    return result;
}

int get_char_slow(File &f, int &error) {
    char c;
    IoResult r = read_bytes(f, &c, 1);
    error = r.error;
    return r.count == 1 ? static_cast<unsigned char>(c) : -1;
}

int put_char_slow(File &f, int c, int &error) {
    char byte = static_cast<char>(c);
    IoResult r = write_bytes(f, &byte, 1);
    error = r.error;
    return r.count == 1 && r.error == 0 ? static_cast<unsigned char>(byte) : -1;
}

}  // namespace vrt::stdio

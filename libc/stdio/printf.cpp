// The C formatted-output functions: vrt::format (libc/stdio/format.cpp) into a stream's buffer
// (fprintf, printf), a caller's buffer (snprintf, sprintf), or a file descriptor through a small
// stack buffer (dprintf: no stream, so nothing is left unwritten when it returns).
#include <stdio.h>

#include <asm/errno.h>
#include <stdint.h>

#include "libc/stdio/c_file.h"
#include "libc/stdio/format.h"
#include "libc/errno/errno_boundary.h"
#include "sys/kernel.h"

namespace {

constexpr size_t largest_result = 0x7fffffff;  // INT_MAX: what an int return value can say

using vrt::stdio::File;

// Output into a stream. The common case, a fully buffered stream with room, is a copy; the
// core does the rest (line buffering, a full buffer, the first write, an error).
struct StreamOutput {
    File &file;
    int error = 0;

    static bool write(void *context, const char *bytes, size_t length) {
        auto &out = *static_cast<StreamOutput *>(context);
        File &f = out.file;
        if (static_cast<size_t>(f.write_end - f.write_next) >= length && !(f.flags & vrt::stdio::kLineBuffered)) {
            // The pieces are a few bytes: a loop here beats a call to memcpy.
            char *to = f.write_next;
            for (size_t i = 0; i < length; ++i) to[i] = bytes[i];
            f.write_next = to + length;
            return true;
        }
        vrt::stdio::IoResult r = vrt::stdio::write_bytes(f, bytes, length);
        out.error = r.error;
        return r.error == 0;
    }
};

// Writes everything, resuming after partial writes. 0, or -errno from the first failure.
long write_fully(int fd, const char *bytes, size_t length) {
    while (length > 0) {
        long written = vrt::kernel::write(fd, bytes, length);
        if (vrt::is_error(written)) return written;
        if (written == 0) return -EIO;  // not expected for length > 0; never loop on it
        bytes += written;
        length -= static_cast<size_t>(written);
    }
    return 0;
}

// Output to a file descriptor in pieces of at most sizeof buffer; error holds the first
// failure, after which nothing more is written.
struct DescriptorOutput {
    int fd;
    long error = 0;
    size_t used = 0;
    char buffer[256];

    explicit DescriptorOutput(int descriptor) : fd(descriptor) {}

    void flush() {
        if (error == 0 && used > 0) error = write_fully(fd, buffer, used);
        used = 0;
    }

    bool put(const char *bytes, size_t length) {
        if (used + length > sizeof buffer) flush();
        if (length >= sizeof buffer) {
            if (error == 0) error = write_fully(fd, bytes, length);
        } else {
            __builtin_memcpy(buffer + used, bytes, length);
            used += length;
        }
        return error == 0;
    }

    static bool write(void *context, const char *bytes, size_t length) {
        return static_cast<DescriptorOutput *>(context)->put(bytes, length);
    }
};

// The C return value for `length` bytes of output.
int result_for(size_t length) {
    if (length > largest_result) return vrt::fail_with(EOVERFLOW);
    return static_cast<int>(length);
}

}  // namespace

extern "C" {

int vfprintf(FILE *__restrict stream, const char *__restrict format, va_list arguments) {
    StreamOutput out{*stream};
    size_t length = vrt::format({StreamOutput::write, &out}, format, arguments);
    if (out.error != 0) return static_cast<int>(vrt::fail_with(out.error));
    return result_for(length);
}

int fprintf(FILE *__restrict stream, const char *__restrict format, ...) {
    va_list arguments;
    va_start(arguments, format);
    int result = vfprintf(stream, format, arguments);
    va_end(arguments);
    return result;
}

int vprintf(const char *__restrict format, va_list arguments) { return vfprintf(stdout, format, arguments); }

int printf(const char *__restrict format, ...) {
    va_list arguments;
    va_start(arguments, format);
    int result = vfprintf(stdout, format, arguments);
    va_end(arguments);
    return result;
}

int vsnprintf(char *__restrict buffer, size_t size, const char *__restrict format, va_list arguments) {
    return result_for(vrt::format_to_buffer(buffer, size, format, arguments));
}

int snprintf(char *__restrict buffer, size_t size, const char *__restrict format, ...) {
    va_list arguments;
    va_start(arguments, format);
    int result = vsnprintf(buffer, size, format, arguments);
    va_end(arguments);
    return result;
}

// sprintf trusts the buffer to be large enough, as C does: no limit but the address space.
int vsprintf(char *__restrict buffer, const char *__restrict format, va_list arguments) {
    return vsnprintf(buffer, SIZE_MAX, format, arguments);
}

int sprintf(char *__restrict buffer, const char *__restrict format, ...) {
    va_list arguments;
    va_start(arguments, format);
    int result = vsprintf(buffer, format, arguments);
    va_end(arguments);
    return result;
}

int vdprintf(int fd, const char *__restrict format, va_list arguments) {
    DescriptorOutput out(fd);
    size_t length = vrt::format({DescriptorOutput::write, &out}, format, arguments);
    out.flush();
    if (out.error != 0) return static_cast<int>(vrt::syscall_return(out.error));
    return result_for(length);
}

int dprintf(int fd, const char *__restrict format, ...) {
    va_list arguments;
    va_start(arguments, format);
    int result = vdprintf(fd, format, arguments);
    va_end(arguments);
    return result;
}

}

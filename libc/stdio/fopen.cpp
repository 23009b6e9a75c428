// fopen, fdopen and fclose: a stream and its buffer in one allocation, on the list that
// fflush(NULL) and exit() walk.
#include <stdio.h>

#include <asm/errno.h>
#include <linux/fcntl.h>

#include "libc/stdio/c_file.h"
#include "libc/stdio/descriptor_io.h"
#include "libc/stdio/open_mode.h"
#include "libc/stdio/open_streams.h"
#include "libc/errno/c_result.h"
#include "sys/kernel.h"

extern "C" void *malloc(size_t size);
extern "C" void free(void *block);

namespace {

// The stream over `fd`, or null with errno ENOMEM (the descriptor is the caller's to close).
FILE *make_stream(int fd, unsigned access) {
    constexpr size_t buffer_size = BUFSIZ + vrt::stdio::kUngetRoom;
    auto *f = static_cast<FILE *>(malloc(sizeof(FILE) + buffer_size));
    if (!f) return nullptr;
    char *buffer = reinterpret_cast<char *>(f + 1);
    vrt::stdio::File &file = *f;
    vrt::stdio::initialize(file, &vrt::stdio::descriptor_io, &file, fd, access | vrt::stdio::kAllocated, buffer,
                           buffer_size);
    vrt::stdio::add_open_stream(*f);
    return f;
}

}  // namespace

extern "C" {

FILE *fopen(const char *__restrict path, const char *__restrict mode) {
    vrt::stdio::OpenMode m = vrt::stdio::parse_open_mode(mode);
    if (!m.valid) return vrt::fail_with(EINVAL), nullptr;
    long fd = vrt::kernel::openat(AT_FDCWD, path, m.open_flags | O_LARGEFILE, 0666);
    if (vrt::is_error(fd)) return vrt::syscall_return(fd), nullptr;
    FILE *f = make_stream(static_cast<int>(fd), m.access);
    if (!f) vrt::kernel::close(static_cast<int>(fd));
    return f;
}

// As glibc: the descriptor must be open (EBADF) and allow the mode's access (EINVAL); "a" sets
// O_APPEND on it and "e" FD_CLOEXEC, since the stream shares the open file description.
FILE *fdopen(int fd, const char *mode) {
    vrt::stdio::OpenMode m = vrt::stdio::parse_open_mode(mode);
    if (!m.valid) return vrt::fail_with(EINVAL), nullptr;
    long status = vrt::kernel::fcntl(fd, F_GETFL, 0);
    if (vrt::is_error(status)) return vrt::syscall_return(status), nullptr;
    int access = static_cast<int>(status) & O_ACCMODE;
    bool wants_read = m.access & vrt::stdio::kReadable, wants_write = m.access & vrt::stdio::kWritable;
    if ((wants_read && access == O_WRONLY) || (wants_write && access == O_RDONLY))
        return vrt::fail_with(EINVAL), nullptr;
    if ((m.open_flags & O_APPEND) && !(status & O_APPEND)) {
        long r = vrt::kernel::fcntl(fd, F_SETFL, status | O_APPEND);
        if (vrt::is_error(r)) return vrt::syscall_return(r), nullptr;
    }
    if (m.open_flags & O_CLOEXEC) vrt::kernel::fcntl(fd, F_SETFD, FD_CLOEXEC);
    return make_stream(fd, m.access);
}

// The stream is gone whatever happens; EOF when its output could not be written or the close
// failed (C11 7.21.5.1), errno from the first failure.
int fclose(FILE *stream) {
    int r = vrt::stdio::finish(*stream);
    vrt::stdio::remove_open_stream(*stream);
    if (stream->flags & vrt::stdio::kAllocated) free(stream);
    if (r < 0) return vrt::c_result(r), EOF;
    return 0;
}

}

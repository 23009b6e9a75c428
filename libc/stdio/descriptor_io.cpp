#include "libc/stdio/descriptor_io.h"

#include <asm/ioctls.h>
#include <asm/termbits.h>

#include "sys/kernel.h"

namespace vrt::stdio {
namespace {

int descriptor(void *cookie) { return static_cast<File *>(cookie)->fd; }

long read_descriptor(void *cookie, char *bytes, size_t length) {
    return kernel::read(descriptor(cookie), bytes, length);
}

long write_descriptor(void *cookie, const char *bytes, size_t length) {
    return kernel::write(descriptor(cookie), bytes, length);
}

long seek_descriptor(void *cookie, long long offset, int whence, long long *position) {
    return kernel::lseek(descriptor(cookie), offset, whence, position);
}

long close_descriptor(void *cookie) { return kernel::close(descriptor(cookie)); }

// isatty's test: only a terminal answers TCGETS (tty_ioctl(4)); anything else says ENOTTY.
bool descriptor_is_terminal(void *cookie) {
    struct termios settings;
    return kernel::ioctl(descriptor(cookie), TCGETS, reinterpret_cast<long>(&settings)) == 0;
}

}  // namespace

const StreamIo descriptor_io = {read_descriptor, write_descriptor, seek_descriptor, close_descriptor,
                                descriptor_is_terminal};

}  // namespace vrt::stdio

// stderr: C11 7.21.3p7 says it is not fully buffered; glibc makes it unbuffered, and so does
// libvrt. An unbuffered stream writes through the few bytes of its own unbuffered_room; the
// buffer below, in .bss, is used only if setvbuf asks stderr to buffer.
#include "libc/stdio/descriptor_io.h"
#include "libc/stdio/standard_streams.h"

namespace vrt::stdio {
namespace {

char stderr_buffer[BUFSIZ + kUngetRoom];

}  // namespace

FILE standard_error = {{
    .flags = kWritable | kUnbuffered,
    .buffer = standard_error.unbuffered_room,
    .size = sizeof standard_error.unbuffered_room,
    .own_buffer = stderr_buffer,
    .own_size = sizeof stderr_buffer,
    .io = &descriptor_io,
    .cookie = static_cast<File *>(&standard_error),
    .fd = 2,
}};

}  // namespace vrt::stdio

extern "C" {
FILE *stderr = &vrt::stdio::standard_error;
}

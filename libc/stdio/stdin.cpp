// stdin: an idle stream over file descriptor 0 that chooses line or full buffering at its first
// read (libc/stdio/stream.cpp), with its buffer in .bss, where it costs no file size.
#include "libc/stdio/descriptor_io.h"
#include "libc/stdio/standard_streams.h"

namespace vrt::stdio {
namespace {

char stdin_buffer[BUFSIZ + kUngetRoom];

}  // namespace

FILE standard_input = {{
    .flags = kReadable,
    .buffer = stdin_buffer,
    .size = sizeof stdin_buffer,
    .own_buffer = stdin_buffer,
    .own_size = sizeof stdin_buffer,
    .io = &descriptor_io,
    .cookie = static_cast<File *>(&standard_input),
    .fd = 0,
}};

}  // namespace vrt::stdio

extern "C" {
FILE *stdin = &vrt::stdio::standard_input;
}

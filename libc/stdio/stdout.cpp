// stdout: an idle stream over file descriptor 1 that chooses line buffering (a terminal) or full
// buffering at its first write (libc/stdio/stream.cpp), with its buffer in .bss, where it costs
// no file size.
#include "libc/stdio/descriptor_io.h"
#include "libc/stdio/standard_streams.h"

namespace vrt::stdio {
namespace {

char stdout_buffer[BUFSIZ + kUngetRoom];

}  // namespace

FILE standard_output = {{
    .flags = kWritable,
    .buffer = stdout_buffer,
    .size = sizeof stdout_buffer,
    .own_buffer = stdout_buffer,
    .own_size = sizeof stdout_buffer,
    .io = &descriptor_io,
    .cookie = static_cast<File *>(&standard_output),
    .fd = 1,
}};

// A stream that reads from its file while line-buffered or unbuffered first writes out stdout's
// pending line, as glibc does (libc/stdio/file.h).
File *interactive_output = &standard_output;

}  // namespace vrt::stdio

extern "C" {
FILE *stdout = &vrt::stdio::standard_output;
}

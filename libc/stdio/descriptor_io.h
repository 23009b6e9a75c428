// The StreamIo of a stream over a file descriptor: the file beneath stdin, stdout, stderr and
// every fopen'd or fdopen'd stream. Its cookie is the stream itself, whose `fd` it uses.
#pragma once

#include "libc/stdio/file.h"

namespace vrt::stdio {

extern const StreamIo descriptor_io;

}  // namespace vrt::stdio

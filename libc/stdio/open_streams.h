// Every open stream, for fflush(NULL) and for exit(), which flushes them all after the atexit
// handlers and the program's destructor functions (C11 7.22.4.4p4), but not after _exit.
#pragma once

#include "libc/stdio/file.h"

namespace vrt::stdio {

void add_open_stream(File &f);
void remove_open_stream(File &f);

// Writes out the pending output of every stream; 0, or the first -errno (every stream is tried).
int flush_all();

}  // namespace vrt::stdio

// stdin, stdout and stderr: each is defined in an object of its own (libc/stdio/stdin.cpp,
// stdout.cpp, stderr.cpp), so a program links only the streams it names, and each is set up
// without code, as initialised data.
#pragma once

#include <stdio.h>

#include "libc/stdio/c_file.h"

namespace vrt::stdio {

extern FILE standard_input;
extern FILE standard_output;
extern FILE standard_error;

}  // namespace vrt::stdio

// Every file that defines a standard stream includes this header, and this line makes linking
// the stream link the exit flush (libc/stdio/open_streams.cpp) too: the flush finds the streams
// through weak references, which link nothing by themselves, so the stream's object names the
// flush as an undefined symbol. A symbol with no relocation costs the program nothing.
asm(".globl vrt_stdio_exit_flush\n\t.hidden vrt_stdio_exit_flush");

// The public FILE: include/stdio.h declares `struct _IO_FILE` (the name glibc and most C code
// expect) and never defines it; it is vrt::stdio::File, so a FILE * is a File & to the core.
#pragma once

#include "libc/stdio/file.h"

struct _IO_FILE : vrt::stdio::File {};

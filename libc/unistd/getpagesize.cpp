// getpagesize(2), from the auxiliary vector's AT_PAGESZ.
#include "crt/process.h"
#include "libc/unistd/system_info.h"

// 4 KiB on most machines, but 64 KiB on Debian's ppc64le kernels and 16 KiB on some arm64 and
// MIPS ones: never a constant.
extern "C" int getpagesize(void) { return static_cast<int>(vrt::page_size()); }

// The process's own vDSO, read once at startup before any constructor (vdso/read_at_startup.cpp),
// and the functions libvrt resolved in it. Every pointer is null while there is no usable vDSO,
// and the calls then go to the kernel (vdso/dispatch.h).
#pragma once

#include "vdso/image.h"

namespace vrt::vdso {

struct Functions {
    const void *clock_gettime;
    const void *clock_getres;
    const void *gettimeofday;
    const void *time;
    const void *getcpu;
    const void *getrandom;
};

struct ResolvedVdso {
    Image image;
    const char *error;  // null when the image is usable
    Functions functions;
    size_t page_size;   // AT_PAGESZ, for the mappings the vDSO asks for (vdso/getrandom.cpp)
};

extern ResolvedVdso resolved;

}  // namespace vrt::vdso

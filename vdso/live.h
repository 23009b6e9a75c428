// The process's own vDSO, read once at startup, before any constructor (vdso/live.cpp), and the
// functions libvrt resolved in it.
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

struct Live {
    Image image;
    const char *error;  // null when the image is usable
    Functions functions;
};

extern Live live;

}  // namespace vrt::vdso

// What the start code learned about the process, for the rest of libvrt.
#pragma once

#include <stddef.h>

#include "crt/initial_stack.h"

namespace vrt {

struct Process {
    const AuxEntry *auxv;
    size_t page_size;
};

extern Process process;  // filled by __vrt_start_c before any constructor runs

inline size_t page_size() { return process.page_size; }

}  // namespace vrt

#include "libc/errno/errno_boundary.h"

#include "sys/system_call.h"

// One process-wide errno: libvrt has no threads, and a plain object keeps errno usable before
// the thread pointer is set up.
static int errno_value;

extern "C" int *__errno_location(void) { return &errno_value; }

namespace vrt {

long syscall_return(long result) {
    if (!is_error(result)) return result;
    errno_value = static_cast<int>(-result);
    return -1;
}

int fail_with(int error) {
    errno_value = error;
    return -1;
}

}  // namespace vrt

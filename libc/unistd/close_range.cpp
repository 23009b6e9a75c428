// close_range(2).
#include "libc/unistd/system_info.h"
#include "libc/errno/c_result.h"
#include "sys/kernel.h"

// flags: CLOSE_RANGE_UNSHARE, CLOSE_RANGE_CLOEXEC (linux/close_range.h). Kernels before 5.9
// have no such call: ENOSYS, as from glibc.
extern "C" int close_range(unsigned int first, unsigned int last, int flags) {
    return vrt::c_result(vrt::kernel::close_range(first, last, static_cast<unsigned>(flags)));
}

// Most libc calls return an int: these narrow what sys/errno.h returns (a value, or -1 with errno
// set), so that a C shell reads `return vrt::c_result(vrt::kernel::dup(fd));`.
#pragma once

#include "sys/errno.h"

namespace vrt {

inline int c_result(long kernel_result) { return static_cast<int>(syscall_return(kernel_result)); }
inline int c_fail_with(int error) { return static_cast<int>(fail_with(error)); }

}  // namespace vrt

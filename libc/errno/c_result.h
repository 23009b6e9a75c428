// Most libc calls return an int: this narrows what syscall_return gives (a value, or -1 with
// errno set), so that a C shell reads `return vrt::c_result(vrt::kernel::dup(fd));`.
#pragma once

#include "libc/errno/errno_boundary.h"

namespace vrt {

inline int c_result(long kernel_result) { return static_cast<int>(syscall_return(kernel_result)); }

}  // namespace vrt

// The boundary between the kernel's convention (-errno) and libc's (-1 and errno).
// sys/errno.cpp is the only place in libvrt that writes errno.
#pragma once

namespace vrt {

// A raw kernel result: in -4095..-1, errno = -result and -1 is returned; otherwise it is returned.
long syscall_return(long result);

// errno = error, returns -1: for failures libvrt detects itself (EINVAL, ENOMEM, ENOENT...).
long fail_with(int error);

}  // namespace vrt

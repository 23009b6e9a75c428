// The boundary between the kernel's convention (-errno) and libc's (-1 and errno).
// libc/errno/errno.cpp is the only place in libvrt that writes errno; every public C function
// reaches it through these two, once, on its way out.
#pragma once

namespace vrt {

// A raw kernel result: in -4095..-1, errno = -result and -1 is returned; otherwise it is returned.
long syscall_return(long result);

// errno = error, returns -1: for failures libvrt detects itself (EINVAL, ENOMEM, ENOENT...).
int fail_with(int error);

}  // namespace vrt

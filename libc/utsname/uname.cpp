// uname(2): the kernel's struct new_utsname is six 65-byte strings, the same as libc's.
#include "libc/errno/errno_boundary.h"
#include "sys/kernel.h"
#include <vrt/utsname.h>

extern "C" int uname(struct utsname *name) {
    return static_cast<int>(vrt::syscall_return(vrt::syscall(__NR_uname, name)));
}

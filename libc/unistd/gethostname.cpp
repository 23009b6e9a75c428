// gethostname(3): the node name from uname(2). As glibc, a buffer too small for the name and
// its NUL receives what fits and the call fails with ENAMETOOLONG (gethostname(2), ERRORS).
#include <asm/errno.h>
#include <sys/utsname.h>
#include <unistd.h>

#include "libc/errno/errno_boundary.h"
#include "sys/c_strings.h"
#include "sys/kernel.h"

extern "C" int gethostname(char *name, size_t length) {
    struct utsname system;
    long r = vrt::syscall(__NR_uname, &system);
    if (vrt::is_error(r)) return vrt::fail_with(static_cast<int>(-r));
    size_t needed = vrt::string_length(system.nodename) + 1;
    size_t copied = needed < length ? needed : length;
    for (size_t i = 0; i < copied; ++i) name[i] = system.nodename[i];
    if (needed > length) return vrt::fail_with(ENAMETOOLONG);
    return 0;
}

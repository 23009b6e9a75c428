// isatty(3): whether fd is a terminal, asked as tcgetattr(3) asks, with the TCGETS ioctl
// (tty_ioctl(4)). The kernel answers ENOTTY for anything else and EBADF for a closed fd.
#include <asm/ioctls.h>
#include <asm/termbits.h>

#include "libc/unistd/system_info.h"
#include "libc/errno/errno_boundary.h"
#include "sys/kernel.h"

extern "C" int isatty(int fd) {
    struct termios settings;  // the kernel's own layout (asm/termbits.h), which TCGETS writes
    long r = vrt::kernel::ioctl(fd, TCGETS, reinterpret_cast<long>(&settings));
    if (r == 0) return 1;
    vrt::fail_with(static_cast<int>(-r));
    return 0;
}

// Sessions, process groups, and the terminal's foreground group (termios(3) tcgetpgrp and
// tcsetpgrp are the TIOCGPGRP and TIOCSPGRP ioctls).
#include <asm/ioctls.h>

#include "libc/errno/c_result.h"
#include "sys/kernel.h"

extern "C" {

int setsid(void) { return vrt::c_result(vrt::kernel::setsid()); }
int getsid(int pid) { return vrt::c_result(vrt::kernel::getsid(pid)); }
int setpgid(int pid, int pgid) { return vrt::c_result(vrt::kernel::setpgid(pid, pgid)); }
int getpgid(int pid) { return vrt::c_result(vrt::kernel::getpgid(pid)); }
// getpgid(0): the generic syscall table (aarch64, riscv64) has no getpgrp(2).
int getpgrp(void) { return static_cast<int>(vrt::kernel::getpgid(0)); }

int tcgetpgrp(int fd) {
    int pgrp;
    long r = vrt::kernel::ioctl(fd, TIOCGPGRP, reinterpret_cast<long>(&pgrp));
    return vrt::is_error(r) ? vrt::c_result(r) : pgrp;
}

int tcsetpgrp(int fd, int pgrp) {
    return vrt::c_result(vrt::kernel::ioctl(fd, TIOCSPGRP, reinterpret_cast<long>(&pgrp)));
}

}

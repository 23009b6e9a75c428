/* ioctl(2) (sys/ioctl.h). The requests (TIOCSCTTY, TIOCNOTTY, TIOCGPGRP, TIOCGWINSZ, FIONREAD...)
 * and struct winsize are the kernel's (asm/ioctls.h and asm/termios.h; the numbers differ on
 * MIPS, PowerPC and SPARC). */
#ifndef VRT_SYS_IOCTL_H
#define VRT_SYS_IOCTL_H

#include <asm/ioctls.h>
#include <asm/termios.h>
#include <vrt/cdefs.h>

VRT_BEGIN_DECLS
/* The third argument, when the request takes one, is read as one word (an int or a pointer). */
int ioctl(int fd, unsigned long request, ...);
VRT_END_DECLS

#endif

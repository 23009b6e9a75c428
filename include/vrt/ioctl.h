/* ioctl(2) (sys/ioctl.h). The terminal requests (TIOCSCTTY, TIOCNOTTY, TIOCGPGRP, TIOCGWINSZ...)
 * are the kernel's (asm/ioctls.h; numbers differ on MIPS, PowerPC and SPARC). */
#ifndef VRT_IOCTL_H
#define VRT_IOCTL_H

#include <asm/ioctls.h>
#include <vrt/cdefs.h>

VRT_BEGIN_DECLS
/* The third argument, when the request takes one, is read as one word (an int or a pointer). */
int ioctl(int fd, unsigned long request, ...);
VRT_END_DECLS

#endif

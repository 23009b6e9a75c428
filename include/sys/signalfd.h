/* signalfd(2): blocked signals read as struct signalfd_siginfo records from a
 * file descriptor. The struct and SFD_CLOEXEC, SFD_NONBLOCK are the kernel's (linux/signalfd.h). */
#ifndef VRT_SYS_SIGNALFD_H
#define VRT_SYS_SIGNALFD_H

#include <linux/signalfd.h>
#include <bits/sigset.h>
#include <vrt/cdefs.h>

VRT_BEGIN_DECLS
/* fd -1 makes a new descriptor; another fd changes the set of an existing one. */
int signalfd(int fd, const sigset_t *set, int flags);
VRT_END_DECLS

#endif

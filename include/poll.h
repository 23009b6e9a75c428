/* poll.h(0p): struct pollfd and the POLL* events, the kernel's (asm/poll.h), poll() and
 * ppoll() (POSIX.1-2024 added ppoll; glibc declares it for _GNU_SOURCE). */
#ifndef VRT_POLL_H
#define VRT_POLL_H

#include <asm/poll.h>
#include <bits/sigset.h>
#include <bits/timespec.h>
#include <vrt/cdefs.h>

typedef unsigned long nfds_t;

VRT_BEGIN_DECLS
/* A negative timeout waits for ever. */
int poll(struct pollfd *fds, nfds_t count, int timeout_ms);
/* timeout null waits for ever; mask, if not null, is the signal mask while waiting. */
int ppoll(struct pollfd *fds, nfds_t count, const struct timespec *timeout, const sigset_t *mask);
VRT_END_DECLS

#endif

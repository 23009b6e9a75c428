/* poll.h(0p): struct pollfd and the POLL* events, the kernel's (asm/poll.h). libvrt does not
 * implement poll() or ppoll() yet, so they are not declared: a program that calls them fails to
 * compile rather than to link. */
#ifndef VRT_POLL_H
#define VRT_POLL_H

#include <asm/poll.h>

typedef unsigned long nfds_t;

#endif

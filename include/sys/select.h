/* select() and fd_set (sys/select.h(0p)). fd_set holds FD_SETSIZE bits in longs, the layout
 * the kernel reads (fs/select.c, core_sys_select); descriptors at or above FD_SETSIZE cannot be
 * named in it, and FD_SET on one writes outside the set. */
#ifndef VRT_SYS_SELECT_H
#define VRT_SYS_SELECT_H

#include <bits/timeval.h>
#include <bits/types.h>
#include <vrt/cdefs.h>

#define FD_SETSIZE 1024
#define VRT_FD_BITS_PER_WORD (8 * (int)sizeof(long))
/* The descriptor's bit in its word, as a long like the words themselves: a program built with
 * -Wsign-conversion gets no warning from FD_SET, FD_CLR or FD_ISSET (glibc's give none). */
#define VRT_FD_MASK(fd) ((long)(1UL << ((fd) % VRT_FD_BITS_PER_WORD)))

typedef struct {
    long fds_bits[FD_SETSIZE / (8 * sizeof(long))];
} fd_set;

#define FD_ZERO(set)                                                                           \
    do {                                                                                       \
        unsigned vrt_i_;                                                                       \
        for (vrt_i_ = 0; vrt_i_ < sizeof((set)->fds_bits) / sizeof(long); ++vrt_i_)            \
            (set)->fds_bits[vrt_i_] = 0;                                                       \
    } while (0)
#define FD_SET(fd, set) ((void)((set)->fds_bits[(fd) / VRT_FD_BITS_PER_WORD] |= VRT_FD_MASK(fd)))
#define FD_CLR(fd, set) ((void)((set)->fds_bits[(fd) / VRT_FD_BITS_PER_WORD] &= ~VRT_FD_MASK(fd)))
#define FD_ISSET(fd, set) (((set)->fds_bits[(fd) / VRT_FD_BITS_PER_WORD] & VRT_FD_MASK(fd)) != 0)

VRT_BEGIN_DECLS
/* A null timeout waits for ever. As on Linux, the time left is written back to *timeout. */
int select(int count, fd_set *VRT_RESTRICT readable, fd_set *VRT_RESTRICT writable,
           fd_set *VRT_RESTRICT exceptional, struct timeval *VRT_RESTRICT timeout);
VRT_END_DECLS

#endif

/* sigset_t, for signal.h and sys/signalfd.h: 128 bytes, as in glibc and musl, of which the
 * kernel reads and writes only the first _NSIG / 8 (8 on every arch but MIPS, 16 there). */
#ifndef VRT_BITS_SIGSET_H
#define VRT_BITS_SIGSET_H

typedef struct {
    unsigned long __bits[128 / sizeof(unsigned long)];
} sigset_t;

#endif

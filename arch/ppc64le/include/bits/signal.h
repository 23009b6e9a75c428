/* Signals on ppc64le: the generic Linux numbering and flags (arch/powerpc/include/uapi/asm/signal.h). */
#ifndef VRT_BITS_SIGNAL_H
#define VRT_BITS_SIGNAL_H

#include <bits/signal_generic.h>

#endif

/* Signals on x86_64: the generic Linux numbering and flags (arch/x86/include/uapi/asm/signal.h). */
#ifndef VRT_BITS_SIGNAL_H
#define VRT_BITS_SIGNAL_H

#include <bits/signal_generic.h>

#endif

/* Signals on riscv64: the generic Linux numbering and flags (include/uapi/asm-generic/signal.h). */
#ifndef VRT_BITS_SIGNAL_H
#define VRT_BITS_SIGNAL_H

#include <bits/signal_generic.h>

#endif

/* Kept for programs written against libvrt's first headers: see <signal.h>. */
#ifndef VRT_SIGNAL_H_FORWARD
#define VRT_SIGNAL_H_FORWARD

#include <signal.h>

#endif

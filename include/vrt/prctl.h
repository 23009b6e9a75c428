/* Kept for programs written against libvrt's first headers: see <sys/prctl.h>. */
#ifndef VRT_PRCTL_H_FORWARD
#define VRT_PRCTL_H_FORWARD

#include <sys/prctl.h>

#endif

/* Kept for programs written against libvrt's first headers: see <sys/auxv.h>. */
#ifndef VRT_AUXV_H_FORWARD
#define VRT_AUXV_H_FORWARD

#include <sys/auxv.h>

#endif

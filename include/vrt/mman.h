/* Kept for programs written against libvrt's first headers: see <sys/mman.h>. */
#ifndef VRT_MMAN_H_FORWARD
#define VRT_MMAN_H_FORWARD

#include <sys/mman.h>

#endif

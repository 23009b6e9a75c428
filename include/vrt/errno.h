/* Kept for programs written against libvrt's first headers: see <errno.h>. */
#ifndef VRT_ERRNO_H_FORWARD
#define VRT_ERRNO_H_FORWARD

#include <errno.h>

#endif

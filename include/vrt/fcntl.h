/* Kept for programs written against libvrt's first headers: see <fcntl.h>. */
#ifndef VRT_FCNTL_H_FORWARD
#define VRT_FCNTL_H_FORWARD

#include <fcntl.h>

#endif

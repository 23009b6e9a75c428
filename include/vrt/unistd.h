/* Kept for programs written against libvrt's first headers: see <unistd.h>. */
#ifndef VRT_UNISTD_H_FORWARD
#define VRT_UNISTD_H_FORWARD

#include <unistd.h>

#endif

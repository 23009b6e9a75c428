/* Kept for programs written against libvrt's first headers: the types are <sys/types.h>'s. */
#ifndef VRT_TYPES_H
#define VRT_TYPES_H

#include <sys/types.h>

#endif

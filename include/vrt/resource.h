/* Kept for programs written against libvrt's first headers: see <sys/resource.h>. */
#ifndef VRT_RESOURCE_H_FORWARD
#define VRT_RESOURCE_H_FORWARD

#include <sys/resource.h>

#endif

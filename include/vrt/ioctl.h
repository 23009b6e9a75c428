/* Kept for programs written against libvrt's first headers: see <sys/ioctl.h>. */
#ifndef VRT_IOCTL_H_FORWARD
#define VRT_IOCTL_H_FORWARD

#include <sys/ioctl.h>

#endif

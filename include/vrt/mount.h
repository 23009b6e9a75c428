/* Kept for programs written against libvrt's first headers: see <sys/mount.h>. */
#ifndef VRT_MOUNT_H_FORWARD
#define VRT_MOUNT_H_FORWARD

#include <sys/mount.h>

#endif

/* Kept for programs written against libvrt's first headers: see <sys/reboot.h>. */
#ifndef VRT_REBOOT_H_FORWARD
#define VRT_REBOOT_H_FORWARD

#include <sys/reboot.h>

#endif

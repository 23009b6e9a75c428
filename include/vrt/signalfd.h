/* Kept for programs written against libvrt's first headers: see <sys/signalfd.h>. */
#ifndef VRT_SIGNALFD_H_FORWARD
#define VRT_SIGNALFD_H_FORWARD

#include <sys/signalfd.h>

#endif

/* Kept for programs written against libvrt's first headers: see <sys/wait.h>. */
#ifndef VRT_WAIT_H_FORWARD
#define VRT_WAIT_H_FORWARD

#include <sys/wait.h>

#endif

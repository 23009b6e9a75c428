/* Kept for programs written against libvrt's first headers: <time.h> and <sys/time.h>. */
#ifndef VRT_TIME_H_FORWARD
#define VRT_TIME_H_FORWARD

#include <sys/time.h>
#include <time.h>

#endif

/* Kept for programs written against libvrt's first headers: see <sys/utsname.h>. */
#ifndef VRT_UTSNAME_H_FORWARD
#define VRT_UTSNAME_H_FORWARD

#include <sys/utsname.h>

#endif

/* libvrt's stdio is the standard one: <stdio.h>. */
#ifndef VRT_STDIO_H
#define VRT_STDIO_H
#include <stdio.h>
#endif

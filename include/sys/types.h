/* The basic POSIX types (sys/types.h(0p)); see bits/types.h for their widths. */
#ifndef VRT_SYS_TYPES_H
#define VRT_SYS_TYPES_H

#include <bits/types.h>

#endif

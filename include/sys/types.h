/* The basic POSIX types (sys/types.h(0p)); see bits/types.h for their widths. Like glibc's and
 * musl's by default, it also gives the exact-width integers of <stdint.h> and the BSD and
 * System V short names (u_int32_t, u_char, uint...), which programs such as tini use with no
 * other include. */
#ifndef VRT_SYS_TYPES_H
#define VRT_SYS_TYPES_H

#include <bits/types.h>
#include <stdint.h>

typedef unsigned char u_char;
typedef unsigned short u_short;
typedef unsigned int u_int;
typedef unsigned long u_long;
typedef unsigned short ushort;
typedef unsigned int uint;
typedef unsigned long ulong;
typedef uint8_t u_int8_t;
typedef uint16_t u_int16_t;
typedef uint32_t u_int32_t;
typedef uint64_t u_int64_t;

#endif

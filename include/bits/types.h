/* The basic POSIX types (sys/types.h), defined once here for every header that names one.
 * libvrt has one ABI on every architecture: off_t, time_t, ino_t and blkcnt_t are 64-bit
 * everywhere (the time64/LFS ABI of glibc with _FILE_OFFSET_BITS=64 _TIME_BITS=64, and of musl).
 * Built from compiler-predefined types only: no libc header is involved. */
#ifndef VRT_BITS_TYPES_H
#define VRT_BITS_TYPES_H

#include <stddef.h>

typedef __PTRDIFF_TYPE__ ssize_t;
typedef long long off_t;
typedef int pid_t;
typedef unsigned int uid_t;
typedef unsigned int gid_t;
typedef unsigned int mode_t;
typedef unsigned long long dev_t; /* glibc's encoding: see makedev in sys/sysmacros.h */
typedef unsigned long long ino_t;
typedef unsigned long nlink_t;
typedef long blksize_t;
typedef long long blkcnt_t;
typedef long long time_t;
typedef int clockid_t;
typedef unsigned int id_t;
typedef unsigned int useconds_t;
typedef long long suseconds_t;

#endif

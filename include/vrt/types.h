/* The basic POSIX types, with libvrt's one ABI on every architecture: off_t and time_t are
 * 64-bit everywhere (the time64/LFS ABI of glibc with _FILE_OFFSET_BITS=64 _TIME_BITS=64, and of
 * musl). Built from compiler-predefined types only: no libc header is involved. */
#ifndef VRT_TYPES_H
#define VRT_TYPES_H

#include <stddef.h>

typedef __PTRDIFF_TYPE__ ssize_t;
typedef long long off_t;
typedef int pid_t;
typedef unsigned int uid_t;
typedef unsigned int gid_t;
typedef unsigned int mode_t;
typedef long long time_t;
typedef int clockid_t;
typedef long long suseconds_t;
typedef unsigned int useconds_t;
typedef unsigned long long dev_t; /* glibc's encoding: see makedev in vrt/stat.h */
typedef unsigned int id_t;
/* File status (sys/stat.h, dirent.h): inode numbers and block counts are 64-bit everywhere, as
 * the kernel's statx and linux_dirent64 give them. */
typedef unsigned long long ino_t;
typedef unsigned long nlink_t;
typedef long blksize_t;
typedef long long blkcnt_t;

#endif

/* Shared by every libvrt header: C linkage for C++ users, attributes spelled for C and C++. */
#ifndef VRT_CDEFS_H
#define VRT_CDEFS_H

#ifdef __cplusplus
#define VRT_BEGIN_DECLS extern "C" {
#define VRT_END_DECLS }
#define VRT_RESTRICT __restrict
#else
#define VRT_BEGIN_DECLS
#define VRT_END_DECLS
#define VRT_RESTRICT restrict
#endif

#define VRT_NORETURN __attribute__((__noreturn__))
#define VRT_PRINTF(fmt, args) __attribute__((__format__(__printf__, fmt, args)))

#endif

/* Shared by every libvrt header: C linkage for C++ users, attributes spelled for C and C++. */
#ifndef VRT_CDEFS_H
#define VRT_CDEFS_H

#ifdef __cplusplus
#define VRT_BEGIN_DECLS extern "C" {
#define VRT_END_DECLS }
#else
#define VRT_BEGIN_DECLS
#define VRT_END_DECLS
#endif

/* C99's restrict, spelled as GCC and clang accept it in every language mode: C++ has no
 * restrict, and -std=c89/-ansi has no such keyword either (a plain `restrict` is then a syntax
 * error in every prototype that uses it), where glibc's headers still compile. */
#define VRT_RESTRICT __restrict

#define VRT_NORETURN __attribute__((__noreturn__))
#define VRT_PRINTF(fmt, args) __attribute__((__format__(__printf__, fmt, args)))

#endif

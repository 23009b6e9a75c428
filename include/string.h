/* <string.h>: byte and string functions, C locale only (strcoll is not provided: there are no
 * locales). Undefined, as in every libc: a NULL or unterminated string, a pointer to fewer bytes
 * than the length says, and overlapping source and destination (except for memmove). */
#ifndef VRT_STRING_H
#define VRT_STRING_H

#define __need_size_t
#define __need_NULL
#include <stddef.h>
#include <strings.h> /* strcasecmp and strncasecmp, as glibc's <string.h> gives them */
#include <vrt/cdefs.h>

VRT_BEGIN_DECLS

void *memcpy(void *VRT_RESTRICT to, const void *VRT_RESTRICT from, size_t n);
void *memmove(void *to, const void *from, size_t n);
void *memset(void *to, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);
void *memchr(const void *s, int c, size_t n);
/* GNU: the last byte equal to c among the first n. */
void *memrchr(const void *s, int c, size_t n);

size_t strlen(const char *s);
size_t strnlen(const char *s, size_t limit);
int strcmp(const char *a, const char *b);
int strncmp(const char *a, const char *b, size_t n);

char *strchr(const char *s, int c);
/* GNU: like strchr, but the terminating NUL instead of NULL when c is absent. */
char *strchrnul(const char *s, int c);
char *strrchr(const char *s, int c);
char *strstr(const char *haystack, const char *needle);
/* GNU: the first occurrence of needle's bytes in haystack's; an empty needle is at haystack. */
void *memmem(const void *haystack, size_t length, const void *needle, size_t needle_length);
char *strpbrk(const char *s, const char *accept);
size_t strspn(const char *s, const char *accept);
size_t strcspn(const char *s, const char *reject);
/* strtok keeps its position in a static variable; strtok_r in *saved. */
char *strtok(char *VRT_RESTRICT s, const char *VRT_RESTRICT delimiters);
char *strtok_r(char *VRT_RESTRICT s, const char *VRT_RESTRICT delimiters,
               char **VRT_RESTRICT saved);

char *strcpy(char *VRT_RESTRICT to, const char *VRT_RESTRICT from);
char *strncpy(char *VRT_RESTRICT to, const char *VRT_RESTRICT from, size_t n);
/* POSIX: like strcpy and strncpy, returning the end of what was written. */
char *stpcpy(char *VRT_RESTRICT to, const char *VRT_RESTRICT from);
char *stpncpy(char *VRT_RESTRICT to, const char *VRT_RESTRICT from, size_t n);
char *strcat(char *VRT_RESTRICT to, const char *VRT_RESTRICT from);
char *strncat(char *VRT_RESTRICT to, const char *VRT_RESTRICT from, size_t n);

/* malloc'd copies: NULL and ENOMEM when memory runs out. */
char *strdup(const char *s);
char *strndup(const char *s, size_t limit);

/* The same texts as glibc's, for every errno the kernel defines on this architecture;
 * "Unknown error N" otherwise. The returned string must not be modified; the one for an
 * unknown number is overwritten by the next such call. */
char *strerror(int error);
/* glibc's texts ("Hangup", ...), "Real-time signal N" for SIGRTMIN + N up to SIGRTMAX,
 * "Unknown signal N" otherwise; the same rules about the result as strerror. */
char *strsignal(int signal);

#if defined(_GNU_SOURCE) && !defined(basename)
/* GNU's basename (basename(3)): what follows the last '/', "" when the path ends in one; it
 * never writes. <libgen.h>'s POSIX basename, which may, renames itself (a macro), as in glibc. */
char *basename(const char *path);
#endif

VRT_END_DECLS

#endif

#ifndef VRT_STRING_H
#define VRT_STRING_H

#include <stddef.h>
#include <vrt/cdefs.h>

VRT_BEGIN_DECLS
void *memcpy(void *VRT_RESTRICT to, const void *VRT_RESTRICT from, size_t n);
void *memmove(void *to, const void *from, size_t n);
void *memset(void *to, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);
size_t strlen(const char *s);
int strcmp(const char *a, const char *b);
int strncmp(const char *a, const char *b, size_t n);
char *strchr(const char *s, int c);
VRT_END_DECLS

#endif

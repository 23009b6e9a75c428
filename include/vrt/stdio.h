/* Formatted output. There is no FILE and no stdio buffering, on purpose: printf, puts and
 * putchar write straight to fd 1, dprintf to the fd it is given, each call through a small stack
 * buffer (long output goes out in several write(2) calls), so nothing is ever left unflushed at
 * exit or lost at a crash. Output interleaves with write(2) exactly in call order.
 *
 * Conversions: d i u o x X c s p %; flags - + space # 0; width and precision as digits or *;
 * length modifiers hh h l ll j z t. No floating point, no %n, no wide characters: such a
 * directive is printed as written and takes no argument. %p of NULL prints "(nil)", %s of NULL
 * "(null)", as glibc does.
 *
 * Return values are C's: the number of bytes (snprintf: that the whole output needs), or a
 * negative value with errno set: EOVERFLOW when that number exceeds INT_MAX, the write(2) error
 * when output fails. puts and putchar return EOF on failure. */
#ifndef VRT_STDIO_H
#define VRT_STDIO_H

#include <stdarg.h>
#include <stddef.h>
#include <vrt/cdefs.h>

#define EOF (-1)

VRT_BEGIN_DECLS

int snprintf(char *VRT_RESTRICT buffer, size_t size, const char *VRT_RESTRICT format, ...) VRT_PRINTF(3, 4);
int vsnprintf(char *VRT_RESTRICT buffer, size_t size, const char *VRT_RESTRICT format, va_list arguments)
    VRT_PRINTF(3, 0);
int sprintf(char *VRT_RESTRICT buffer, const char *VRT_RESTRICT format, ...) VRT_PRINTF(2, 3);
int vsprintf(char *VRT_RESTRICT buffer, const char *VRT_RESTRICT format, va_list arguments) VRT_PRINTF(2, 0);

int dprintf(int fd, const char *VRT_RESTRICT format, ...) VRT_PRINTF(2, 3);
int vdprintf(int fd, const char *VRT_RESTRICT format, va_list arguments) VRT_PRINTF(2, 0);
int printf(const char *VRT_RESTRICT format, ...) VRT_PRINTF(1, 2);
int vprintf(const char *VRT_RESTRICT format, va_list arguments) VRT_PRINTF(1, 0);

/* The string and a newline, in one write(2) when they fit the buffer. */
int puts(const char *s);
int putchar(int c);

VRT_END_DECLS

#endif

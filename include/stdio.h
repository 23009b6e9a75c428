/* Buffered streams (C11 7.21, POSIX.1-2008 stdio.h), as far as libvrt implements them: nothing
 * below is declared that libvrt lacks, so a program using, say, fscanf or tmpfile does not
 * compile rather than failing to link.
 *
 * stdout is line buffered when fd 1 is a terminal and fully buffered otherwise, stderr is
 * unbuffered, and any stream chooses at its first I/O in the same way unless setvbuf chose.
 * exit() flushes every stream after the atexit handlers; _exit does not.
 *
 * The printf family: d i u o x X c s p %, and m (strerror(errno), no argument); flags - + space
 * # 0; width and precision as digits or *; length modifiers hh h l ll j z t. There is no
 * floating point: a directive libvrt does not know (%f, %e, %g, %a, %n, %lc, %ls...) is printed
 * as written and takes no argument. The scanf family: d i u o x X p s c [...] n and %, with
 * widths, * and the same length modifiers; an unknown directive (%f...) is a matching failure
 * that ends the scan. */
#ifndef _STDIO_H
#define _STDIO_H

#define __need_size_t
#define __need_NULL
#include <stddef.h>
#include <stdarg.h>
#include <bits/types.h> /* ssize_t, for getline */

#ifdef __cplusplus
extern "C" {
#endif

typedef struct _IO_FILE FILE;

#define EOF (-1)
#define BUFSIZ 8192

#define _IOFBF 0
#define _IOLBF 1
#define _IONBF 2

#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2

extern FILE *stdin;
extern FILE *stdout;
extern FILE *stderr;
#define stdin stdin
#define stdout stdout
#define stderr stderr

/* Modes: r w a, then any of + b e (O_CLOEXEC) x (O_EXCL). */
FILE *fopen(const char *__restrict path, const char *__restrict mode);
FILE *fdopen(int fd, const char *mode);
int fclose(FILE *stream);
/* remove: unlink, or for a directory rmdir (libc/stdio/remove.cpp). */
int remove(const char *path);
int rename(const char *oldpath, const char *newpath);
int renameat(int olddirfd, const char *oldpath, int newdirfd, const char *newpath);
int fflush(FILE *stream);
int setvbuf(FILE *__restrict stream, char *__restrict buffer, int mode, size_t size);
void setbuf(FILE *__restrict stream, char *__restrict buffer);
int fileno(FILE *stream);

int fseek(FILE *stream, long offset, int whence);
long ftell(FILE *stream);
void rewind(FILE *stream);

size_t fread(void *__restrict data, size_t size, size_t count, FILE *__restrict stream);
size_t fwrite(const void *__restrict data, size_t size, size_t count, FILE *__restrict stream);
char *fgets(char *__restrict line, int size, FILE *__restrict stream);
/* A whole line (up to and including the delimiter) into *line, grown with realloc as glibc grows
 * it (120 bytes when *line is NULL or *n is 0). The length, or -1: at the end with nothing read
 * (errno untouched), a read error (errno), EINVAL for a NULL line or n, ENOMEM. */
ssize_t getdelim(char **__restrict line, size_t *__restrict n, int delimiter, FILE *__restrict stream);
ssize_t getline(char **__restrict line, size_t *__restrict n, FILE *__restrict stream);
int fgetc(FILE *stream);
int getc(FILE *stream);
int getchar(void);
int ungetc(int c, FILE *stream);
int fputs(const char *__restrict s, FILE *__restrict stream);
int fputc(int c, FILE *stream);
int putc(int c, FILE *stream);
int putchar(int c);
int puts(const char *s);

int feof(FILE *stream);
int ferror(FILE *stream);
void clearerr(FILE *stream);

int fprintf(FILE *__restrict stream, const char *__restrict format, ...)
    __attribute__((__format__(__printf__, 2, 3)));
int vfprintf(FILE *__restrict stream, const char *__restrict format, va_list arguments)
    __attribute__((__format__(__printf__, 2, 0)));
int printf(const char *__restrict format, ...) __attribute__((__format__(__printf__, 1, 2)));
int vprintf(const char *__restrict format, va_list arguments) __attribute__((__format__(__printf__, 1, 0)));
int dprintf(int fd, const char *__restrict format, ...) __attribute__((__format__(__printf__, 2, 3)));
int vdprintf(int fd, const char *__restrict format, va_list arguments)
    __attribute__((__format__(__printf__, 2, 0)));
int snprintf(char *__restrict buffer, size_t size, const char *__restrict format, ...)
    __attribute__((__format__(__printf__, 3, 4)));
int vsnprintf(char *__restrict buffer, size_t size, const char *__restrict format, va_list arguments)
    __attribute__((__format__(__printf__, 3, 0)));
int sprintf(char *__restrict buffer, const char *__restrict format, ...)
    __attribute__((__format__(__printf__, 2, 3)));
int vsprintf(char *__restrict buffer, const char *__restrict format, va_list arguments)
    __attribute__((__format__(__printf__, 2, 0)));

/* "s: message\n" on stderr, or "message\n" when s is NULL or empty. */
void perror(const char *s);

int sscanf(const char *__restrict input, const char *__restrict format, ...)
    __attribute__((__format__(__scanf__, 2, 3)));
int vsscanf(const char *__restrict input, const char *__restrict format, va_list arguments)
    __attribute__((__format__(__scanf__, 2, 0)));

#ifdef __cplusplus
}
#endif

#endif

/* <stdlib.h>: process exit, the environment, the allocator, number parsing, sorting and
 * searching, glibc's pseudo-random sequences. No floating point (strtod, atof), no multibyte
 * characters: those are not provided.
 * <vrt/malloc.h> adds memalign and malloc_usable_size. */
#ifndef VRT_STDLIB_H
#define VRT_STDLIB_H

#define __need_size_t
#define __need_NULL
#include <stddef.h>
#include <vrt/cdefs.h>

#define EXIT_SUCCESS 0
#define EXIT_FAILURE 1
#define RAND_MAX 2147483647

VRT_BEGIN_DECLS

/* Runs atexit/__cxa_atexit handlers newest first, then .fini_array, then exits. */
VRT_NORETURN void exit(int status);
VRT_NORETURN void _Exit(int status);
int atexit(void (*function)(void));
/* Dies by SIGABRT even if it is blocked or caught by a handler that returns. */
VRT_NORETURN void abort(void);

/* getenv finds nothing for a name containing '='. setenv and unsetenv fail with EINVAL for a
 * NULL or empty name or one containing '=' (setenv also for a NULL value) and with ENOMEM;
 * either way the environment is left as it was. The strings setenv makes are freed when
 * replaced or removed, so a pointer getenv returned earlier for that name is then invalid
 * (POSIX allows it); strings the process started with, or a caller put in environ, are never
 * freed. */
char *getenv(const char *name);
int setenv(const char *name, const char *value, int overwrite);
int unsetenv(const char *name);

/* The allocator (libc/malloc/allocator.h describes its design). Every block is at least 16-aligned.
 * Requests above 65520 bytes get a mapping of their own, given back to the kernel by free.
 * Failure is NULL with errno ENOMEM, also for any request above PTRDIFF_MAX bytes (EINVAL for a
 * bad alignment), except in posix_memalign, which returns the error. free, realloc and
 * malloc_usable_size of a pointer the allocator did not hand out, or already freed, end the
 * process with a message when the block header shows it. Not thread-safe: libvrt has no
 * threads. */
/* malloc(0) returns a unique pointer that free accepts. */
void *malloc(size_t size);
void free(void *block);
/* NULL with ENOMEM when count * size overflows. */
void *calloc(size_t count, size_t size);
/* realloc(NULL, size) is malloc(size); realloc(block, 0) frees the block and returns NULL, as
 * glibc does (C23 leaves it undefined). On failure the block is left as it was. A shrinking
 * realloc never fails. */
void *realloc(void *block, size_t size);
/* realloc(block, count * size), failing with ENOMEM when the product overflows. */
void *reallocarray(void *block, size_t count, size_t size);
/* Any power of two is a valid alignment, beyond the page size too; the size need not be a
 * multiple of it. Anything else: NULL with EINVAL. */
void *aligned_alloc(size_t alignment, size_t size);
/* Returns 0, EINVAL (alignment not a power of two multiple of sizeof(void *)) or ENOMEM, and
 * leaves errno alone; *result is set only on success. */
int posix_memalign(void **result, size_t alignment, size_t size);

/* strtol(3) as glibc: leading white space, a sign, "0x"/"0X" in base 16 and 0, a leading 0 for
 * octal in base 0. Out of range: the nearest limit and ERANGE. A base other than 0 or 2..36:
 * 0 and EINVAL, *end left alone. Nothing parsed: 0 and *end = text. The unsigned ones negate a
 * "-" number in their own type ("-1" gives ULONG_MAX). errno is untouched on success. */
long strtol(const char *VRT_RESTRICT text, char **VRT_RESTRICT end, int base);
unsigned long strtoul(const char *VRT_RESTRICT text, char **VRT_RESTRICT end, int base);
long long strtoll(const char *VRT_RESTRICT text, char **VRT_RESTRICT end, int base);
unsigned long long strtoull(const char *VRT_RESTRICT text, char **VRT_RESTRICT end, int base);
/* (int)strtol(text, NULL, 10), strtol(text, NULL, 10), strtoll(text, NULL, 10), as glibc's. */
int atoi(const char *text);
long atol(const char *text);
long long atoll(const char *text);

/* Not stable; O(n log n) comparisons at worst, no recursion deeper than log2(count). */
/* Replaces the final "XXXXXX" of name (else EINVAL) and creates that file, mode 0600. */
int mkstemp(char *name);
/* With resolved null the result comes from malloc; otherwise resolved holds PATH_MAX bytes. */
char *realpath(const char *VRT_RESTRICT path, char *VRT_RESTRICT resolved);

void qsort(void *base, size_t count, size_t size, int (*compare)(const void *, const void *));
/* base must be sorted by compare; among equal elements the one glibc's bsearch finds. */
void *bsearch(const void *key, const void *base, size_t count, size_t size,
              int (*compare)(const void *, const void *));

/* The most negative value has no absolute value: abs(INT_MIN) is undefined, as in C. */
int abs(int value);
long labs(long value);
long long llabs(long long value);

/* glibc's sequences for the same seeds: rand and random are one additive feedback generator
 * (srand and srandom reseed it; unseeded it is seeded with 1), rand_r glibc's own small
 * generator on *seed. Values are 0..RAND_MAX. */
int rand(void);
void srand(unsigned int seed);
int rand_r(unsigned int *seed);
long random(void);
void srandom(unsigned int seed);

VRT_END_DECLS

/* arc4random, arc4random_buf, arc4random_uniform (glibc 2.36). */
#include <bits/arc4random.h>

#endif

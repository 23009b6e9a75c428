/* The allocator (libc/malloc/allocator.h describes its design). Every block is at least 16-aligned.
 * Requests above 65520 bytes get a mapping of their own, given back to the kernel by free.
 * Failure is NULL with errno ENOMEM, also for any request above PTRDIFF_MAX bytes (EINVAL for a
 * bad alignment), except in posix_memalign, which returns the error. free, realloc and
 * malloc_usable_size of a pointer the allocator did not hand out, or already freed, end the
 * process with a message when the block header shows it.
 * Not thread-safe: libvrt has no threads. Included by <vrt/stdlib.h>. */
#ifndef VRT_MALLOC_H
#define VRT_MALLOC_H

#include <stddef.h>
#include <vrt/cdefs.h>

VRT_BEGIN_DECLS

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
 * multiple of it. Anything else: NULL with EINVAL. memalign is the same function. */
void *aligned_alloc(size_t alignment, size_t size);
void *memalign(size_t alignment, size_t size);
/* Returns 0, EINVAL (alignment not a power of two multiple of sizeof(void *)) or ENOMEM, and
 * leaves errno alone; *result is set only on success. */
int posix_memalign(void **result, size_t alignment, size_t size);
/* The bytes the block can hold, at least what was asked for; 0 for NULL. */
size_t malloc_usable_size(void *block);

VRT_END_DECLS

#endif

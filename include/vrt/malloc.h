/* The allocator's functions beyond <stdlib.h> (which declares malloc and the rest and says how
 * the allocator behaves), with glibc's names. */
#ifndef VRT_MALLOC_H
#define VRT_MALLOC_H

#include <stdlib.h>

VRT_BEGIN_DECLS

/* aligned_alloc under its older name. */
void *memalign(size_t alignment, size_t size);
/* The bytes the block can hold, at least what was asked for; 0 for NULL. */
size_t malloc_usable_size(void *block);

VRT_END_DECLS

#endif

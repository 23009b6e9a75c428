// bsearch(3): the C shell of vrt::binary_search. The const-dropping cast is the C signature's.
#include "libc/stdlib/binary_search.h"

extern "C" void *bsearch(const void *key, const void *base, size_t count, size_t size,
                         int (*compare)(const void *, const void *)) {
    return const_cast<void *>(vrt::binary_search(key, base, count, size, compare));
}

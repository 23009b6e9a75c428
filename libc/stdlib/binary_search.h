// The search under bsearch(3) (libc/stdlib/bsearch.cpp is the C shell). Header-only, so the unit
// tests compare it with glibc's bsearch. It probes the same middles glibc does (the lower middle
// of [low, high)), so among equal elements it returns the same one glibc returns.
#pragma once

#include <stddef.h>

namespace vrt {

inline const void *binary_search(const void *key, const void *base, size_t count, size_t size,
                                 int (*compare)(const void *, const void *)) {
    size_t low = 0, high = count;
    while (low < high) {
        size_t middle = low + (high - low) / 2;
        const void *element = static_cast<const unsigned char *>(base) + middle * size;
        int order = compare(key, element);
        if (order < 0)
            high = middle;
        else if (order > 0)
            low = middle + 1;
        else
            return element;
    }
    return nullptr;
}

}  // namespace vrt

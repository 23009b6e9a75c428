// qsort(3) over libc/stdlib/sort.cpp.
#include <stddef.h>

#include "libc/stdlib/sort.h"

extern "C" void qsort(void *base, size_t count, size_t size, int (*compare)(const void *, const void *)) {
    vrt::sort(base, count, size, compare);
}

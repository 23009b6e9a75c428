// The sort under qsort(3) (libc/stdlib/qsort.cpp is the C shell): introsort. Quicksort with a
// median-of-three pivot, recursing only into the smaller side (so the stack holds at most
// log2(count) frames), insertion sort for short runs, and heapsort once the partitions have
// gone 2*log2(count) levels deep, so that no input (sorted, reversed, all equal, crafted
// against the pivot) costs more than O(count log count) comparisons. Not stable, as C allows.
// The comparator only ever sees pointers to elements inside the array.
#pragma once

#include <stddef.h>

namespace vrt {

using CompareFunction = int (*)(const void *, const void *);

void sort(void *base, size_t count, size_t size, CompareFunction compare);

}  // namespace vrt

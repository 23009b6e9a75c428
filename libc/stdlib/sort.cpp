// Introsort; libc/stdlib/sort.h says why each part is there.
#include "libc/stdlib/sort.h"

namespace {

// Runs this short are finished by insertion sort.
constexpr size_t kInsertionSortLimit = 12;

struct Elements {
    char *base;
    size_t size;
    vrt::CompareFunction compare;

    char *at(size_t i) const { return base + i * size; }
    bool less(size_t i, size_t j) const { return compare(at(i), at(j)) < 0; }

    void swap(size_t i, size_t j) const {
        if (i == j) return;
        char *a = at(i), *b = at(j);
        for (size_t k = 0; k < size; ++k) {
            char t = a[k];
            a[k] = b[k];
            b[k] = t;
        }
    }

    Elements slice(size_t first) const { return {at(first), size, compare}; }
};

void insertion_sort(const Elements &e, size_t count) {
    for (size_t i = 1; i < count; ++i)
        for (size_t j = i; j > 0 && e.less(j, j - 1); --j) e.swap(j, j - 1);
}

// Moves element `root` down the max-heap of `count` elements until both children are smaller.
void sift_down(const Elements &e, size_t root, size_t count) {
    for (;;) {
        size_t largest = root, left = 2 * root + 1, right = left + 1;
        if (left < count && e.less(largest, left)) largest = left;
        if (right < count && e.less(largest, right)) largest = right;
        if (largest == root) return;
        e.swap(root, largest);
        root = largest;
    }
}

void heap_sort(const Elements &e, size_t count) {
    for (size_t i = count / 2; i > 0; --i) sift_down(e, i - 1, count);
    for (size_t end = count - 1; end > 0; --end) {
        e.swap(0, end);
        sift_down(e, 0, end);
    }
}

// Puts the median of the first, middle and last elements first, to be the pivot.
void choose_pivot(const Elements &e, size_t count) {
    size_t first = 0, middle = count / 2, last = count - 1;
    if (e.less(middle, first)) e.swap(middle, first);
    if (e.less(last, middle)) {
        e.swap(last, middle);
        if (e.less(middle, first)) e.swap(middle, first);
    }
    e.swap(0, middle);
}

// Partitions around the pivot in element 0 and returns where the pivot ends: everything
// before it compares <= to it, everything after >=. Elements equal to the pivot stop both
// scans and are swapped, so that an array of equal keys splits in the middle.
size_t partition(const Elements &e, size_t count) {
    size_t i = 1, j = count - 1;
    for (;;) {
        while (i <= j && e.less(i, 0)) ++i;
        while (i <= j && e.less(0, j)) --j;
        if (i >= j) break;
        e.swap(i++, j--);
    }
    e.swap(0, j);
    return j;
}

void introsort(Elements e, size_t count, unsigned depth_left) {
    while (count > kInsertionSortLimit) {
        if (depth_left-- == 0) {
            heap_sort(e, count);
            return;
        }
        choose_pivot(e, count);
        size_t pivot = partition(e, count);
        size_t left = pivot, right = count - pivot - 1;
        if (left < right) {
            introsort(e, left, depth_left);
            e = e.slice(pivot + 1);
            count = right;
        } else {
            introsort(e.slice(pivot + 1), right, depth_left);
            count = left;
        }
    }
    insertion_sort(e, count);
}

}  // namespace

namespace vrt {

void sort(void *base, size_t count, size_t size, CompareFunction compare) {
    if (count < 2 || size == 0) return;
    unsigned log2_count = 0;
    for (size_t n = count; n > 1; n >>= 1) ++log2_count;
    introsort({static_cast<char *>(base), size, compare}, count, 2 * log2_count);
}

}  // namespace vrt

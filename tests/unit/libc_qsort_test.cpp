// vrt::sort (qsort) against glibc's qsort on generated arrays: the same order of keys for
// every element size, on random, sorted, reversed, all-equal and few-distinct inputs; the
// comparator only ever sees elements of the array; and the number of comparisons stays
// O(n log n) on inputs that drive a plain quicksort quadratic.
#include "libc/stdlib/sort.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <random>
#include <vector>

namespace {

// Elements of a run-time size whose first four bytes are the key; the rest is a tag that
// tells identical keys apart, so that lost or duplicated elements show up.
const char *array_begin;
const char *array_end;
size_t element_size;
size_t comparisons;
bool outside_array;

int compare_keys(const void *a, const void *b) {
    auto *x = static_cast<const char *>(a), *y = static_cast<const char *>(b);
    if (x < array_begin || x >= array_end || y < array_begin || y >= array_end ||
        (x - array_begin) % static_cast<long>(element_size) != 0 ||
        (y - array_begin) % static_cast<long>(element_size) != 0)
        outside_array = true;
    ++comparisons;
    int kx, ky;
    memcpy(&kx, x, sizeof kx);
    memcpy(&ky, y, sizeof ky);
    return (kx > ky) - (kx < ky);
}

std::vector<char> make_array(const std::vector<int> &keys, size_t size) {
    std::vector<char> bytes(keys.size() * size);
    for (size_t i = 0; i < keys.size(); ++i) {
        char *element = bytes.data() + i * size;
        memcpy(element, &keys[i], sizeof(int));
        for (size_t k = sizeof(int); k < size; ++k) element[k] = static_cast<char>(i * 7 + k);
    }
    return bytes;
}

void sort_ours(std::vector<char> &bytes, size_t count, size_t size) {
    array_begin = bytes.data();
    array_end = bytes.data() + bytes.size();
    element_size = size;
    vrt::sort(bytes.data(), count, size, compare_keys);
}

// The keys in order, each element intact (its tag travels with its key).
void check_sorted_like_glibc(const std::vector<int> &keys, size_t size) {
    if (keys.empty()) return;  // glibc's qsort is declared nonnull: no empty array to give it
    std::vector<char> ours = make_array(keys, size), theirs = ours;
    outside_array = false;
    sort_ours(ours, keys.size(), size);
    CHECK_FALSE(outside_array);
    qsort(theirs.data(), keys.size(), size, compare_keys);
    std::vector<int> our_keys(keys.size()), their_keys(keys.size());
    std::vector<std::vector<char>> our_elements, their_elements;
    for (size_t i = 0; i < keys.size(); ++i) {
        memcpy(&our_keys[i], ours.data() + i * size, sizeof(int));
        memcpy(&their_keys[i], theirs.data() + i * size, sizeof(int));
        our_elements.emplace_back(ours.begin() + static_cast<long>(i * size), ours.begin() + static_cast<long>((i + 1) * size));
        their_elements.emplace_back(theirs.begin() + static_cast<long>(i * size),
                                    theirs.begin() + static_cast<long>((i + 1) * size));
    }
    CHECK(our_keys == their_keys);
    std::sort(our_elements.begin(), our_elements.end());
    std::sort(their_elements.begin(), their_elements.end());
    CHECK(our_elements == their_elements);
}

}  // namespace

TEST_CASE("qsort: the same order as glibc for sizes 4 to 40 and many shapes of input") {
    std::mt19937 random(9);
    for (size_t size : {4, 5, 8, 12, 16, 40})
        for (size_t count : {0, 1, 2, 3, 7, 12, 13, 31, 100, 1000}) {
            std::vector<int> keys(count);
            for (int &k : keys) k = static_cast<int>(random());
            check_sorted_like_glibc(keys, size);
            for (int &k : keys) k = static_cast<int>(random() % 4);
            check_sorted_like_glibc(keys, size);
            std::sort(keys.begin(), keys.end());
            check_sorted_like_glibc(keys, size);
            std::reverse(keys.begin(), keys.end());
            check_sorted_like_glibc(keys, size);
            std::fill(keys.begin(), keys.end(), 5);
            check_sorted_like_glibc(keys, size);
        }
}

TEST_CASE("qsort: at most a few n log n comparisons on inputs that defeat quicksort") {
    const size_t count = 1 << 14;
    std::vector<std::vector<int>> inputs;
    std::vector<int> organ(count), sawtooth(count), sorted(count);
    for (size_t i = 0; i < count; ++i) {
        organ[i] = static_cast<int>(i < count / 2 ? i : count - i);
        sawtooth[i] = static_cast<int>(i % 64);
        sorted[i] = static_cast<int>(i);
    }
    inputs = {organ, sawtooth, sorted};
    for (const std::vector<int> &keys : inputs) {
        std::vector<char> bytes = make_array(keys, sizeof(int));
        comparisons = 0;
        sort_ours(bytes, count, sizeof(int));
        CHECK(std::is_sorted(reinterpret_cast<int *>(bytes.data()), reinterpret_cast<int *>(bytes.data()) + count));
        CHECK(comparisons < 4 * count * 14);
    }
}

TEST_CASE("qsort: a zero count or a zero size calls no comparator") {
    comparisons = 0;
    int one = 1;
    vrt::sort(&one, 0, sizeof one, compare_keys);
    vrt::sort(&one, 5, 0, compare_keys);
    CHECK(comparisons == 0);
}

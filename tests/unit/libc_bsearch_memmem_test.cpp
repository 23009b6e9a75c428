// bsearch's and memmem's logic (libc/stdlib/binary_search.h, libc/string/search.h) against
// glibc's functions on generated data: sorted arrays with runs of equal keys (so which of the
// equal elements is found matters) and byte strings over a two-letter alphabet (so partial
// matches and overlaps are common).
#include "libc/stdlib/binary_search.h"
#include "libc/string/search.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <random>
#include <vector>

namespace {

int compare_ints(const void *a, const void *b) {
    int x = *static_cast<const int *>(a), y = *static_cast<const int *>(b);
    return (x > y) - (x < y);
}

}  // namespace

TEST_CASE("bsearch: the same element as glibc, or none, for every key") {
    std::mt19937 random(3);
    for (int round = 0; round < 3000; ++round) {
        std::vector<int> sorted;
        sorted.reserve(40);  // a real pointer even when empty: glibc declares base nonnull
        sorted.resize(random() % 40);
        for (int &v : sorted) v = static_cast<int>(random() % 25);
        std::sort(sorted.begin(), sorted.end());
        for (int key = -1; key <= 26; ++key) {
            INFO("round ", round, " key ", key);
            const void *ours = vrt::binary_search(&key, sorted.data(), sorted.size(), sizeof(int), compare_ints);
            const void *host = bsearch(&key, sorted.data(), sorted.size(), sizeof(int), compare_ints);
            REQUIRE(ours == host);
        }
    }
}

TEST_CASE("memmem: the same position as glibc, with empty and longer needles") {
    std::mt19937 random(4);
    for (int round = 0; round < 50000; ++round) {
        unsigned char haystack[24], needle[8];
        size_t length = random() % (sizeof haystack + 1), needle_length = random() % (sizeof needle + 1);
        for (auto &c : haystack) c = (random() % 2) ? 'a' : static_cast<unsigned char>(0xe9);
        for (auto &c : needle) c = (random() % 3) ? 'a' : static_cast<unsigned char>(0xe9);
        INFO("round ", round);
        const void *ours = vrt::find_bytes(haystack, length, needle, needle_length);
        const void *host = memmem(haystack, length, needle, needle_length);
        REQUIRE(ours == host);
    }
}

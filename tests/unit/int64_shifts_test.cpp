// The 64-bit shift helpers (crt/int64_shifts.cpp) against the host's own 64-bit shifts, for
// every count and a spread of values with every bit pattern at the 32-bit seam.
#include <doctest/doctest.h>

#include <cstdint>
#include <random>

extern "C" {
int64_t __ashldi3(int64_t value, int count);
int64_t __lshrdi3(int64_t value, int count);
int64_t __ashrdi3(int64_t value, int count);
}

TEST_CASE("64-bit shift helpers agree with native shifts for every count") {
    std::mt19937_64 random(2026);
    const uint64_t fixed[] = {0, 1, 0xffffffffu, 0x100000000u, 0x8000000000000000u, ~0ull, 0x7fffffffffffffffu,
                              0x0123456789abcdefu, 0x80000000u};
    for (int round = 0; round < 2000; ++round) {
        uint64_t v = round < 9 ? fixed[round] : random();
        for (int count = 0; count < 64; ++count) {
            CHECK(static_cast<uint64_t>(__ashldi3(static_cast<int64_t>(v), count)) == v << count);
            CHECK(static_cast<uint64_t>(__lshrdi3(static_cast<int64_t>(v), count)) == v >> count);
            CHECK(__ashrdi3(static_cast<int64_t>(v), count) == static_cast<int64_t>(v) >> count);
        }
    }
}

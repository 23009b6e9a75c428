// The generators under rand(3), random(3) and rand_r(3), with glibc's sequences (programs and
// tests that print "random" numbers from a fixed seed expect glibc's exact values). Header-only,
// so the unit tests compare these very generators with the host's glibc for many seeds.
//
// random(): glibc's default TYPE_3 state, an additive lagged-Fibonacci generator
//   r[i] = r[i-3] + r[i-31] (mod 2^32), output r[i] >> 1,
// seeded by the Park-Miller "minimal standard" LCG r[i] = 16807 * r[i-1] mod (2^31 - 1) for
// r[1..30] (computed by Schrage's method on signed 32-bit words, as glibc does, which matters for
// seeds above INT32_MAX), r[31..33] = r[0..2], and the first 310 outputs thrown away. Seed 0
// means seed 1. See glibc's stdlib/random_r.c (the algorithm, not the code) and random(3).
// rand() is random() and srand() is srandom() in glibc; an unseeded generator is seeded with 1.
#pragma once

#include <stdint.h>

namespace vrt {

class AdditiveFeedbackGenerator {
public:
    static constexpr int kDegree = 31;      // r[i-31]
    static constexpr int kSeparation = 3;   // r[i-3]
    static constexpr int kDiscarded = 310;  // glibc: 10 * degree

    constexpr explicit AdditiveFeedbackGenerator(uint32_t seed = 1) { reseed(seed); }

    constexpr void reseed(uint32_t seed) {
        int32_t words[kDegree + kSeparation] = {};
        int32_t word = seed == 0 ? 1 : static_cast<int32_t>(seed);
        words[0] = word;
        for (int i = 1; i < kDegree; ++i) {
            // 16807 * word mod (2^31 - 1) without overflow: 2^31 - 1 = 16807 * 127773 + 2836.
            int32_t high = word / 127773, low = word % 127773;
            word = 16807 * low - 2836 * high;
            if (word < 0) word += 2147483647;
            words[i] = word;
        }
        for (int i = kDegree; i < kDegree + kSeparation; ++i) words[i] = words[i - kDegree];
        // The window holds the 31 newest values r[3..33], oldest first.
        for (int i = 0; i < kDegree; ++i) window_[i] = static_cast<uint32_t>(words[i + kSeparation]);
        oldest_ = 0;
        for (int i = 0; i < kDiscarded; ++i) next();
    }

    // The next value, 0..2^31-1.
    constexpr int32_t next() {
        uint32_t value = window_[oldest_] + window_[(oldest_ + kDegree - kSeparation) % kDegree];
        window_[oldest_] = value;
        oldest_ = (oldest_ + 1) % kDegree;
        return static_cast<int32_t>(value >> 1);
    }

private:
    uint32_t window_[kDegree] = {};
    int oldest_ = 0;
};

// rand_r(3) as glibc computes it: three steps of the ANSI C example LCG
// (next = next * 1103515245 + 12345), taking 11, then 10, then 10 bits from bits 16 and up of
// each, so the result is 31 bits. The state is the caller's one unsigned int.
constexpr int reentrant_rand(unsigned int &state) {
    unsigned int next = state;
    unsigned int result = 0;
    const unsigned int widths[] = {2048, 1024, 1024};
    for (unsigned int width : widths) {
        next = next * 1103515245u + 12345u;
        result = (result << (width == 2048 ? 0 : 10)) ^ ((next / 65536) % width);
    }
    state = next;
    return static_cast<int>(result);
}

}  // namespace vrt

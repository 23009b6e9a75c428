// arc4random, arc4random_buf and arc4random_uniform (glibc 2.36's API): the bounds 0 and 1 give
// 0; every answer lies below its bound; bound 2 gives both answers; bound 2^31 + 1 answers in
// both halves; bound 3 * 2^30 answers below 2^30 a third of the time (modulo bias would make it
// a half); bytes and small bounds pass a chi-square test at p = 10^-6 (thresholds: 44.81 for 9
// degrees of freedom, 377.08 for 255), so a correct generator fails it once in a million runs;
// and errno is left alone. Each draw is a getrandom call where the vDSO has none (arm, i386,
// MIPS, Linux 6.1): the sample sizes are what keeps that within a second on an emulated CPU.
#include <vrt/random.h>

#include "self_check.h"

// chi-square statistic * 1000 of counts against a uniform expectation, in integers (no
// floating point needed): sum (count - e)^2 / e with e = total / bins.
static long long chi_square_milli(const unsigned *counts, unsigned bins, unsigned total) {
    long long sum = 0;
    for (unsigned i = 0; i < bins; ++i) {
        long long d = (long long)counts[i] * bins - total;  // (count - e) * bins
        sum += d * d;
    }
    // sum / (e * bins^2) = sum / (total * bins)
    return sum * 1000 / ((long long)total * bins);
}

int main(void) {
    errno = 4321;
    check_equal(arc4random_uniform(0), 0, "arc4random_uniform(0) is 0");
    check_equal(arc4random_uniform(1), 0, "arc4random_uniform(1) is 0");

    unsigned seen[2] = {0, 0};
    int out_of_range = 0;
    for (int i = 0; i < 1000; ++i) {
        unsigned v = arc4random_uniform(2);
        if (v > 1) ++out_of_range;
        else ++seen[v];
    }
    check(out_of_range == 0 && seen[0] > 0 && seen[1] > 0, "arc4random_uniform(2) gives 0 and 1 and nothing else");

    const unsigned big = 0x80000001u;  // 2^31 + 1: nearly half of all words must be drawn again
    unsigned high = 0;
    out_of_range = 0;
    for (int i = 0; i < 6000; ++i) {
        unsigned v = arc4random_uniform(big);
        if (v >= big) ++out_of_range;
        high += v >= 0x40000000u;
    }
    check_equal(out_of_range, 0, "arc4random_uniform(2^31+1) stays below 2^31+1");
    // Expected 6000 * (2^31 + 1 - 2^30) / (2^31 + 1), about 3000; sd 39: six sd either way.
    check(high > 2768 && high < 3232, "arc4random_uniform(2^31+1) answers at or above 2^30 about half the time");

    const unsigned three_quarters = 0xc0000000u;
    unsigned low_third = 0;
    for (int i = 0; i < 9000; ++i) low_third += arc4random_uniform(three_quarters) < 0x40000000u;
    // Uniform: 3000, sd 45, six sd either way; arc4random() % 3*2^30 would give 4500.
    check(low_third > 2732 && low_third < 3268, "arc4random_uniform(3 * 2^30) has no modulo bias");

    unsigned counts10[10] = {0};
    for (int i = 0; i < 20000; ++i) {
        unsigned v = arc4random_uniform(10);
        if (v < 10) ++counts10[v];
    }
    long long chi10 = chi_square_milli(counts10, 10, 20000);
    check_that(chi10 < 44811, "arc4random_uniform(10): chi-square of 20000 draws below 44.81", 0);

    static unsigned char bytes[1 << 20];
    arc4random_buf(bytes, sizeof bytes);
    unsigned counts256[256] = {0};
    for (unsigned i = 0; i < sizeof bytes; ++i) ++counts256[bytes[i]];
    long long chi256 = chi_square_milli(counts256, 256, sizeof bytes);
    check_that(chi256 < 377078, "arc4random_buf: chi-square of 1 MiB of bytes below 377.08", 0);

    unsigned ones = 0;
    for (int i = 0; i < 4096; ++i)
        for (unsigned w = arc4random(); w; w &= w - 1) ++ones;
    // 131072 bits, expected 65536 ones, sd 181: six sd either way.
    check(ones > 64450 && ones < 66622, "arc4random's bits are ones half the time");

    unsigned char small[3] = {0, 0, 0};
    arc4random_buf(small, 0);
    check(small[0] == 0 && small[1] == 0 && small[2] == 0, "arc4random_buf of 0 bytes writes nothing");
    check_equal(errno, 4321, "errno is left alone");
    return check_result();
}

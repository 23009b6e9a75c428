// An unbiased number in [0, upper) from a source of uniform words: Lemire's multiply-and-reject
// method (D. Lemire, "Fast Random Integer Generation in an Interval", ACM Transactions on
// Modeling and Computer Simulation 29(1), 2019). The double-width product word * upper spreads
// the 2^bits words over upper answers (its high half); 2^bits mod upper of them would make some
// answers one word more likely, and those are exactly the products whose low half falls below
// 2^bits mod upper: such words are drawn again.
//
// Written for any unsigned word so that the unit tests can check it exhaustively on 8-bit
// words; arc4random_uniform uses 32-bit words and a 64-bit product.
#pragma once

#include <stdint.h>

namespace vrt::random {

// 2^bits mod upper (upper > 0): how many of the 2^bits words are rejected.
template <class Word>
constexpr Word rejected_words(Word upper) {
    return static_cast<Word>(static_cast<Word>(Word{0} - upper) % upper);
}

template <class Word, class Wide, class NextWord>
Word uniform_below(Word upper, NextWord next_word) {
    static_assert(sizeof(Wide) == 2 * sizeof(Word), "the product needs twice the word's width");
    constexpr int bits = 8 * sizeof(Word);
    if (upper < 2) return 0;  // glibc's and OpenBSD's answer for 0 and 1
    Wide product = static_cast<Wide>(static_cast<Wide>(next_word()) * upper);
    if (static_cast<Word>(product) < upper) {
        // Only a low half below upper can be below the threshold, which costs a division.
        const Word threshold = rejected_words(upper);
        while (static_cast<Word>(product) < threshold)
            product = static_cast<Wide>(static_cast<Wide>(next_word()) * upper);
    }
    return static_cast<Word>(product >> bits);
}

}  // namespace vrt::random

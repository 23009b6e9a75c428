// arc4random_uniform's rejection logic (libc/random/uniform.h): exhaustively on 8-bit words
// (every bound, every word: each answer is given by exactly floor(256 / bound) words, no more,
// which is what "no modulo bias" means), on all 2^16 16-bit words for a spread of bounds, and on
// scripted 32-bit words for the bounds arc4random_uniform is tested with (0, 1, 2^31 + 1).
#include <doctest/doctest.h>

#include <cstdint>
#include <functional>
#include <vector>

#include "libc/random/uniform.h"

namespace {

// Hands out the given words in order and counts how many were taken.
template <class Word>
struct ScriptedWords {
    std::vector<Word> words;
    size_t taken = 0;
    Word operator()() {
        REQUIRE(taken < words.size());
        return words[taken++];
    }
};

// The answer one word gives, or -1 when the word is rejected (a second word would be drawn).
template <class Word, class Wide>
long long answer_for(Word upper, Word word) {
    // The all-ones word is never rejected (its product's low half is 2^bits - upper, at least
    // 2^bits mod upper), so a rejected first word ends the draw at the second.
    ScriptedWords<Word> source{{word, static_cast<Word>(~Word{0})}};
    Word answer = vrt::random::uniform_below<Word, Wide>(upper, std::ref(source));
    return source.taken == 2 ? -1 : static_cast<long long>(answer);
}

// Over all 2^bits words: every answer below upper, each given by the same number of words, and
// exactly 2^bits mod upper words rejected.
template <class Word, class Wide>
void check_every_word(Word upper) {
    const uint64_t words = uint64_t{1} << (8 * sizeof(Word));
    std::vector<uint64_t> count(upper);
    uint64_t rejected = 0;
    for (uint64_t w = 0; w < words; ++w) {
        long long a = answer_for<Word, Wide>(upper, static_cast<Word>(w));
        if (a < 0) {
            ++rejected;
            continue;
        }
        REQUIRE(a < static_cast<long long>(upper));
        ++count[static_cast<size_t>(a)];
    }
    CHECK(rejected == words % upper);
    for (Word a = 0; a < upper; ++a) CHECK(count[a] == words / upper);
}

}  // namespace

TEST_CASE("bounds 0 and 1 give 0 and take no random word") {
    ScriptedWords<uint32_t> none{{}};
    CHECK(vrt::random::uniform_below<uint32_t, uint64_t>(0u, none) == 0);
    CHECK(vrt::random::uniform_below<uint32_t, uint64_t>(1u, none) == 0);
    CHECK(none.taken == 0);
}

TEST_CASE("the number of rejected words is 2^bits mod upper") {
    CHECK(vrt::random::rejected_words<uint32_t>(2) == 0);
    CHECK(vrt::random::rejected_words<uint32_t>(3) == 1);  // 2^32 = 3 * 1431655765 + 1
    CHECK(vrt::random::rejected_words<uint32_t>(10) == 6);
    CHECK(vrt::random::rejected_words<uint32_t>(0x80000001u) == 0x7fffffffu);
    CHECK(vrt::random::rejected_words<uint32_t>(0xc0000000u) == 0x40000000u);
    for (uint32_t upper : {3u, 7u, 1000u, 0xfffffffeu, 0xffffffffu})
        CHECK(vrt::random::rejected_words(upper) == (uint64_t{1} << 32) % upper);
    for (unsigned upper = 1; upper < 256; ++upper)
        CHECK(vrt::random::rejected_words(static_cast<uint8_t>(upper)) == 256 % upper);
}

TEST_CASE("8-bit words: for every bound, every answer is given by equally many words") {
    for (unsigned upper = 2; upper < 256; ++upper) {
        CAPTURE(upper);
        check_every_word<uint8_t, uint16_t>(static_cast<uint8_t>(upper));
    }
}

TEST_CASE("16-bit words: every answer equally likely for bounds with large remainders") {
    for (unsigned upper : {3u, 10u, 255u, 1000u, 0x8001u, 0xc000u, 0xfffeu, 0xffffu}) {
        CAPTURE(upper);
        check_every_word<uint16_t, uint32_t>(static_cast<uint16_t>(upper));
    }
}

TEST_CASE("a power of two rejects nothing and answers with the top bits") {
    ScriptedWords<uint32_t> source{{0xdeadbeefu, 0x00000000u, 0xffffffffu}};
    CHECK(vrt::random::uniform_below<uint32_t, uint64_t>(16u, std::ref(source)) == 0xd);
    CHECK(vrt::random::uniform_below<uint32_t, uint64_t>(16u, std::ref(source)) == 0);
    CHECK(vrt::random::uniform_below<uint32_t, uint64_t>(16u, std::ref(source)) == 15);
    CHECK(source.taken == 3);
}

TEST_CASE("bound 2^31+1: words whose product has a low half below 2^31-1 are drawn again") {
    const uint32_t upper = 0x80000001u;
    // Word 0: product 0, rejected. Word 1: low half 2^31 + 1, accepted: answer 0.
    ScriptedWords<uint32_t> source{{0u, 1u}};
    CHECK(vrt::random::uniform_below<uint32_t, uint64_t>(upper, std::ref(source)) == 0);
    CHECK(source.taken == 2);
    // Word 2: product 2^32 + 2, low half 2, rejected; word 3: low half 2^31 + 3, answer 1.
    ScriptedWords<uint32_t> again{{2u, 3u}};
    CHECK(vrt::random::uniform_below<uint32_t, uint64_t>(upper, std::ref(again)) == 1);
    CHECK(again.taken == 2);
    // The largest word gives the largest answer, 2^31: (2^32 - 1)(2^31 + 1) = 2^63 + 2^32 - 2^31 - 1.
    ScriptedWords<uint32_t> top{{0xffffffffu}};
    CHECK(vrt::random::uniform_below<uint32_t, uint64_t>(upper, std::ref(top)) == 0x80000000u);
    CHECK(top.taken == 1);
}

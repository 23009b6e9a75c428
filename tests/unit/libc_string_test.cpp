// The string functions' logic (libc/string/search.h, copy.h, case_compare.h) against glibc's
// functions on generated strings over a small alphabet, so that matches, repeats, empty strings
// and bytes above 127 all occur.
#include "libc/string/case_compare.h"
#include "libc/string/copy.h"
#include "libc/string/search.h"

#include <doctest/doctest.h>

#include <cstring>
#include <random>
#include <string>
#include <strings.h>

namespace {

std::string random_string(std::mt19937 &random, size_t max_length) {
    static const char kAlphabet[] = {'a', 'b', 'A', 'B', ',', ' ', '\xe9', '\x80'};
    std::string s(random() % (max_length + 1), ' ');
    for (char &c : s) c = kAlphabet[random() % sizeof kAlphabet];
    return s;
}

int sign(int x) { return (x > 0) - (x < 0); }

}  // namespace

TEST_CASE("memchr, memrchr, strchr, strrchr, strchrnul: the same position as glibc") {
    std::mt19937 random(1);
    for (int round = 0; round < 20000; ++round) {
        std::string s = random_string(random, 12);
        const char *p = s.c_str();
        int c = static_cast<unsigned char>(random_string(random, 1)[0]) | (round % 3 == 0 ? 0x100 : 0);
        if (round % 7 == 0) c = 0;
        INFO("s \"", s, "\" c ", c);
        size_t n = random() % (s.size() + 2);
        CHECK(static_cast<const void *>(vrt::find_byte(reinterpret_cast<const unsigned char *>(p),
                                                       static_cast<unsigned char>(c), n)) ==
              memchr(p, c, n));
        CHECK(static_cast<const void *>(vrt::find_last_byte(reinterpret_cast<const unsigned char *>(p),
                                                            static_cast<unsigned char>(c), n)) ==
              memrchr(p, c, n));
        CHECK(vrt::find_char(p, static_cast<char>(c)) == strchr(p, c));
        CHECK(vrt::find_last_char(p, static_cast<char>(c)) == strrchr(p, c));
        CHECK(vrt::find_char_or_end(p, static_cast<char>(c)) == strchrnul(p, c));
    }
}

TEST_CASE("strstr, strspn, strcspn, strpbrk: the same answer as glibc") {
    std::mt19937 random(2);
    for (int round = 0; round < 20000; ++round) {
        std::string s = random_string(random, 16), t = random_string(random, 4);
        INFO("s \"", s, "\" t \"", t, "\"");
        CHECK(vrt::find_substring(s.c_str(), t.c_str()) == strstr(s.c_str(), t.c_str()));
        CHECK(vrt::span_of(s.c_str(), t.c_str()) == strspn(s.c_str(), t.c_str()));
        CHECK(vrt::span_without(s.c_str(), t.c_str()) == strcspn(s.c_str(), t.c_str()));
        CHECK(vrt::find_any_of(s.c_str(), t.c_str()) == strpbrk(s.c_str(), t.c_str()));
    }
}

TEST_CASE("strtok_r: the same tokens, string contents and saved positions as glibc") {
    std::mt19937 random(3);
    for (int round = 0; round < 5000; ++round) {
        std::string s = random_string(random, 16), delimiters = random_string(random, 3);
        std::string ours = s, theirs = s;
        char *our_saved = nullptr, *their_saved = nullptr;
        INFO("s \"", s, "\" delimiters \"", delimiters, "\"");
        for (bool first = true;; first = false) {
            char *a = vrt::next_token(first ? ours.data() : nullptr, delimiters.c_str(), &our_saved);
            char *b = strtok_r(first ? theirs.data() : nullptr, delimiters.c_str(), &their_saved);
            REQUIRE((a == nullptr) == (b == nullptr));
            CHECK(our_saved - ours.data() == their_saved - theirs.data());
            if (!a) break;
            CHECK(a - ours.data() == b - theirs.data());
        }
        CHECK(ours == theirs);
    }
}

TEST_CASE("stpcpy, stpncpy, strncat: the same bytes written and the same result as glibc") {
    std::mt19937 random(4);
    for (int round = 0; round < 5000; ++round) {
        std::string from = random_string(random, 10), start = random_string(random, 5);
        size_t n = random() % 14;
        char ours[40], theirs[40];
        memset(ours, 'x', sizeof ours);
        memset(theirs, 'x', sizeof theirs);
        INFO("from \"", from, "\" n ", n);
        CHECK(vrt::copy_string(ours, from.c_str()) - ours == stpcpy(theirs, from.c_str()) - theirs);
        CHECK(memcmp(ours, theirs, sizeof ours) == 0);
        CHECK(vrt::copy_string_padded(ours, from.c_str(), n) - ours ==
              stpncpy(theirs, from.c_str(), n) - theirs);
        CHECK(memcmp(ours, theirs, sizeof ours) == 0);
        memcpy(ours, start.c_str(), start.size() + 1);
        memcpy(theirs, start.c_str(), start.size() + 1);
        vrt::append_string(ours, from.c_str(), n);
        strncat(theirs, from.c_str(), n);
        CHECK(memcmp(ours, theirs, sizeof ours) == 0);
    }
}

TEST_CASE("strcasecmp, strncasecmp: the same sign as glibc's in the C locale") {
    std::mt19937 random(5);
    for (int round = 0; round < 20000; ++round) {
        std::string a = random_string(random, 5), b = random_string(random, 5);
        size_t n = random() % 7;
        INFO("a \"", a, "\" b \"", b, "\" n ", n);
        CHECK(sign(vrt::compare_ignoring_case(a.c_str(), b.c_str(), static_cast<size_t>(-1))) ==
              sign(strcasecmp(a.c_str(), b.c_str())));
        CHECK(sign(vrt::compare_ignoring_case(a.c_str(), b.c_str(), n)) ==
              sign(strncasecmp(a.c_str(), b.c_str(), n)));
    }
}

// vrt::string_to_integer (strtol, strtoul, strtoll, strtoull) against glibc's on generated
// texts: every base, signs, prefixes, white space, overflow at the edges of each type, and
// where *end lands.
#include "libc/stdlib/parse_integer.h"

#include <doctest/doctest.h>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

namespace {

template <typename T>
T host_strto(const char *text, char **end, int base);
template <> long host_strto<long>(const char *t, char **e, int b) { return strtol(t, e, b); }
template <> unsigned long host_strto<unsigned long>(const char *t, char **e, int b) { return strtoul(t, e, b); }
template <> long long host_strto<long long>(const char *t, char **e, int b) { return strtoll(t, e, b); }
template <> unsigned long long host_strto<unsigned long long>(const char *t, char **e, int b) {
    return strtoull(t, e, b);
}

// The same value, the same *end, and the same errno (set or left alone) as glibc.
template <typename T>
void check_same_as_host(const std::string &text, int base) {
    char sentinel = 0;
    char *host_end = &sentinel, *our_end = &sentinel;
    errno = 0;
    T expected = host_strto<T>(text.c_str(), &host_end, base);
    int expected_error = errno;
    int error = 0;
    T value = vrt::string_to_integer<T>(text.c_str(), &our_end, base, error);
    INFO("text \"", text, "\" base ", base);
    CHECK(value == expected);
    CHECK(error == expected_error);
    // glibc leaves *end alone for a bad base; the sanitizers' interceptor of strtol and strtoll
    // (this binary runs under ASan) writes it, so glibc is not asked there.
    bool bad_base = base < 0 || base == 1 || base > 36;
    if (bad_base || host_end == &sentinel)
        CHECK(our_end == &sentinel);
    else
        CHECK(our_end - text.c_str() == host_end - text.c_str());
}

void check_all_types_same_as_host(const std::string &text, int base) {
    check_same_as_host<long>(text, base);
    check_same_as_host<unsigned long>(text, base);
    check_same_as_host<long long>(text, base);
    check_same_as_host<unsigned long long>(text, base);
}

const char *const kFixedTexts[] = {
    "", " ", "0", "-0", "+0", "1", "-1", "+-1", "--1", " \t\n\v\f\r42", "  -42abc", "0x", "0X",
    "0x1f", "-0x1f", "0xg", " 0x", "-0x", "0x0", "00x1", "010", "08", "0b101", "z", "Z", "zz",
    "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
    "18446744073709551615", "18446744073709551616", "-18446744073709551615",
    "-18446744073709551616", "99999999999999999999999999999", "2147483647", "2147483648",
    "-2147483648", "-2147483649", "4294967295", "4294967296", "-4294967295", "-4294967296",
    "0xffffffffffffffff", "0x10000000000000000", "-0x8000000000000000", "0x7fffffffffffffff",
    "1y", "\x80" "1", "1 2", "+", "-", " +", "0x+1", "0x-1", "0 x1",
};

}  // namespace

TEST_CASE("strtol family: fixed texts in every base as glibc, invalid bases included") {
    for (const char *text : kFixedTexts)
        for (int base = -1; base <= 37; ++base) check_all_types_same_as_host(text, base);
    check_all_types_same_as_host("12", INT_MIN);
    check_all_types_same_as_host("12", INT_MAX);
}

TEST_CASE("strtol family: random texts of digits, letters, signs, spaces and prefixes as glibc") {
    std::mt19937 random(12);
    const std::string pieces[] = {"0", "1", "7", "8", "9", "a", "f", "g", "z", "Z", "x", "X", "0x",
                                  "-", "+", " ", "\t", "\n", "9999999999", "ffffffff", "zzzzzz"};
    for (int round = 0; round < 20000; ++round) {
        std::string text;
        int count = static_cast<int>(random() % 8);
        for (int i = 0; i < count; ++i) text += pieces[random() % std::size(pieces)];
        static const int kBases[] = {0, 2, 8, 10, 16, 36, 3, 35};
        check_all_types_same_as_host(text, kBases[random() % std::size(kBases)]);
    }
}

TEST_CASE("strtol family: every value near each type's limits, in bases 10, 16 and 8") {
    std::vector<unsigned long long> magnitudes;
    for (unsigned long long edge : {0x7fffffffULL, 0xffffffffULL, 0x7fffffffffffffffULL, ~0ULL})
        for (unsigned long long delta = 0; delta < 3; ++delta) {
            magnitudes.push_back(edge - delta);
            if (edge + delta + 1 > edge) magnitudes.push_back(edge + delta + 1);
        }
    for (unsigned long long m : magnitudes) {
        for (const char *sign : {"", "-", "+"}) {
            check_all_types_same_as_host(sign + std::to_string(m), 10);
            char hex[40], octal[40];
            snprintf(hex, sizeof hex, "%s0x%llx", sign, m);
            snprintf(octal, sizeof octal, "%s0%llo", sign, m);
            check_all_types_same_as_host(hex, 0);
            check_all_types_same_as_host(hex, 16);
            check_all_types_same_as_host(octal, 0);
            check_all_types_same_as_host(std::string(sign) + std::to_string(m) + "0", 10);
        }
    }
}

TEST_CASE("strtol: a null end pointer is allowed and errno is left alone on success") {
    int error = 0;
    CHECK(vrt::string_to_integer<long>("123", nullptr, 10, error) == 123);
    CHECK(error == 0);
    CHECK(vrt::string_to_integer<long>("123", nullptr, 1, error) == 0);
    CHECK(error == EINVAL);
}

TEST_CASE("strtol: digit values of every byte") {
    for (int c = 0; c < 256; ++c) {
        char text[2] = {static_cast<char>(c), 0};
        for (int base : {2, 10, 16, 36}) check_same_as_host<long>(text, base);
    }
}

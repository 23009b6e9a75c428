// vrt::scan (sscanf's core) against the host's sscanf (glibc) on generated formats and inputs:
// the same return value, and the same bytes in every argument, including the ones left alone.
#include "libc/stdio/scan.h"

#include <doctest/doctest.h>

#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <random>
#include <string>
#include <vector>

namespace {

constexpr size_t kArgumentBytes = 64;
constexpr int kArguments = 4;

struct Outcome {
    int result;
    alignas(16) unsigned char arguments[kArguments][kArgumentBytes];
};

int scan_ours(const char *input, const char *format, ...) {
    va_list arguments;
    va_start(arguments, format);
    int result = vrt::scan(input, format, arguments);
    va_end(arguments);
    return result;
}

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
#pragma GCC diagnostic ignored "-Wformat-security"
template <bool host>
Outcome run(const std::string &input, const std::string &format) {
    Outcome o;
    memset(o.arguments, 0xa5, sizeof o.arguments);
    auto *a = o.arguments;
    if (host) o.result = sscanf(input.c_str(), format.c_str(), a[0], a[1], a[2], a[3]);
    else o.result = scan_ours(input.c_str(), format.c_str(), a[0], a[1], a[2], a[3]);
    return o;
}
#pragma GCC diagnostic pop

void expect_like_host(const std::string &input, const std::string &format) {
    Outcome expected = run<true>(input, format);
    Outcome ours = run<false>(input, format);
    INFO("input \"" << input << "\" format \"" << format << "\" host returns " << expected.result);
    CHECK(ours.result == expected.result);
    for (int i = 0; i < kArguments; ++i) {
        INFO("argument " << i);
        CHECK(memcmp(ours.arguments[i], expected.arguments[i], kArgumentBytes) == 0);
    }
}

// Each takes one argument, at most kArgumentBytes - 1 characters wide.
const char *const kConversions[] = {
    "%d",   "%i",    "%u",    "%o",     "%x",      "%X",     "%p",    "%n",    "%c",    "%s",
    "%3d",  "%1d",   "%2x",   "%4i",    "%2u",     "%5c",    "%2s",   "%10s",  "%hhd",  "%hd",
    "%ld",  "%lld",  "%jd",   "%zd",    "%td",     "%hhu",   "%hu",   "%lu",   "%llx",  "%lli",
    "%hhn", "%hn",   "%lln",  "%[a-c]", "%[^,]",   "%[]a]",  "%[-x]", "%[a-]", "%[z-a]", "%[^ ]",
    "%3[0-9a-f]", "%[^]x]", "%6p", "%3p", "%1c", "%ln", "%qd", "%Lu", "%'d", "%0d",
};
// None takes an argument.
const char *const kOthers[] = {"%%", "%*d", "%*s", "%*c", "%*[a-z]", "%*x", "%*n", " ", "  ", ",",
                               "x", "0", "a", "\t", "%", "%[abc", "%*5c"};
const char kInputAlphabet[] = "0123456789abcdefxX+- ,\t\n()nil[]%zA";

std::string random_input(std::mt19937 &random) {
    std::string s;
    int length = static_cast<int>(random() % 24);
    for (int i = 0; i < length; ++i) s += kInputAlphabet[random() % (sizeof kInputAlphabet - 1)];
    return s;
}

std::string random_format(std::mt19937 &random) {
    std::string f;
    int taking = 0;
    int pieces = 1 + static_cast<int>(random() % 6);
    for (int i = 0; i < pieces; ++i) {
        if (taking < kArguments && random() % 2) {
            f += kConversions[random() % (sizeof kConversions / sizeof kConversions[0])];
            ++taking;
        } else {
            const char *other = kOthers[random() % (sizeof kOthers / sizeof kOthers[0])];
            if (strcmp(other, "%") == 0 || strcmp(other, "%[abc") == 0) {
                if (i != pieces - 1) continue;  // a broken directive only at the end
            }
            f += other;
        }
    }
    return f;
}

TEST_CASE("sscanf's integers: every conversion and size on numbers at and beyond their limits") {
    const char *const numbers[] = {
        "0", "-0", "+0", "1", "-1", "127", "128", "-129", "255", "256", "32767", "-32769", "65535", "65536",
        "2147483647", "2147483648", "-2147483648", "-2147483649", "4294967295", "4294967296",
        "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
        "18446744073709551615", "18446744073709551616", "99999999999999999999999", "-99999999999999999999",
        "0x", "0X1f", "0xg", "0x7fffffffffffffff", "0xffffffffffffffff", "0x10000000000000000", "-0x10",
        "017", "08", "09", "0777", "-", "+", "+-1", "--1", " \t\n42", "12abc", "(nil)", "(nil", "(ni)",
        "(NIL)", "0x0", "deadbeef", "DEADBEEF", "1e5", "",
    };
    const char *const formats[] = {"%d",  "%i",  "%u",  "%o",  "%x",  "%X",   "%p",  "%hhd", "%hd",
                                   "%ld", "%lld", "%hhu", "%hu", "%lu", "%llu", "%jd", "%zu",  "%td",
                                   "%2d", "%3i", "%2x", "%1i", "%4p", "%5p",  "%d%n", "%i%n", "%x%n",
                                   "%p%n", "%3x%n", "%1d%n", "%2i%n", "%qd", "%Lx", "%lli"};
    for (const char *number : numbers)
        for (const char *format : formats) expect_like_host(number, format);
}

TEST_CASE("sscanf's strings, characters and scan sets at their widths and at the input's end") {
    const char *const inputs[] = {"", " ", "abc", "  abc def", "abc,def", "]]a-b", "a-z", "\t\nx", "zzz", "abcdef"};
    const char *const formats[] = {"%s", "%2s", "%c", "%3c", "%10c", " %c", "%[abc]", "%[^,]", "%[]a-]",
                                   "%[-a]", "%[a-]", "%2[a-z]", "%[^]]", " %[a-c]", "%s%n", "%c%n",
                                   "%[abc]%n", "%*s%n", "%*c%c", "%s%s", "%[^a-c]", "%[c-a]"};
    for (const char *input : inputs)
        for (const char *format : formats) expect_like_host(input, format);
}

TEST_CASE("sscanf's literals, whitespace and %% decide between a count, 0 and EOF as glibc does") {
    const char *const inputs[] = {"", " ", "a", "a1", "a 1", "% 1", "%1", "1 2", "1,2", " ,2", "12 x"};
    const char *const formats[] = {"a", "a%d", "a %d", " a%d", "%%%d", "%% %d", "%d %d", "%d,%d", "%d ,%d",
                                   "%d x", "x%n", "%n", " %n", "%d%n %n", "", " ", "%*d %d"};
    for (const char *input : inputs)
        for (const char *format : formats) expect_like_host(input, format);
}

// glibc reads floating point and wide characters; libvrt has neither, and stops there.
TEST_CASE("sscanf: a floating-point or wide conversion is a matching failure that ends the scan") {
    int number = 0;
    float real = 0;
    char text[8] = "";
    CHECK(scan_ours("7 1.5 x", "%d %f %s", &number, &real, text) == 1);
    CHECK(number == 7);
    CHECK(real == 0);
    CHECK(text[0] == '\0');
    CHECK(scan_ours("2.5", "%e", &real) == 0);
    CHECK(scan_ours("ab", "%ls", text) == 0);
    CHECK(scan_ours("", "%g", &real) == 0);
}

TEST_CASE("sscanf on 200000 generated formats and inputs") {
    std::mt19937 random(12);
    for (int i = 0; i < 200000; ++i) {
        std::string format = random_format(random);
        std::string input = random_input(random);
        expect_like_host(input, format);
    }
}

}  // namespace

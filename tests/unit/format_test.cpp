// vrt::format_to_buffer against the host's snprintf (glibc), which is the reference for every
// conversion we support, truncated at every buffer size.
#include "libc/stdio/format.h"

#include <doctest/doctest.h>

#include <cerrno>
#include <climits>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <random>
#include <string>
#include <vector>

namespace {

size_t format_ours(char *buffer, size_t size, const char *format, ...) {
    va_list arguments;
    va_start(arguments, format);
    size_t length = vrt::format_to_buffer(buffer, size, format, arguments);
    va_end(arguments);
    return length;
}

// The formats below are built at run time on purpose: both implementations get the same one.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
#pragma GCC diagnostic ignored "-Wformat-security"
template <typename... Values>
std::string host_output(const char *format, Values... values) {
    char text[1024];
    int length = snprintf(text, sizeof text, format, values...);
    REQUIRE(length >= 0);
    REQUIRE(static_cast<size_t>(length) < sizeof text);
    return std::string(text, static_cast<size_t>(length));
}
#pragma GCC diagnostic pop

// Same text and return value as the host, and for every buffer size from 0 to one past the
// length: the right prefix, a NUL at size - 1 and not a byte written beyond.
template <typename... Values>
void expect_like_host(const char *format, Values... values) {
    const std::string expected = host_output(format, values...);
    INFO("format \"" << format << "\", host gives \"" << expected << "\"");
    CHECK(format_ours(nullptr, 0, format, values...) == expected.size());
    for (size_t size = 0; size <= expected.size() + 1; ++size) {
        char buffer[1100];
        memset(buffer, '#', sizeof buffer);
        size_t length = format_ours(buffer, size, format, values...);
        CHECK(length == expected.size());
        if (size > 0) CHECK(std::string(buffer) == expected.substr(0, size - 1));
        CHECK(buffer[size] == '#');
    }
}

// The same tests, for a format our implementation prints differently from glibc by design or
// that glibc does not support: the expected text is spelled out.
template <typename... Values>
void expect_text(const std::string &expected, const char *format, Values... values) {
    INFO("format \"" << format << "\"");
    char buffer[256];
    CHECK(format_ours(buffer, sizeof buffer, format, values...) == expected.size());
    CHECK(std::string(buffer) == expected);
}

const char *const integer_formats[] = {
    "%d",    "%i",     "%u",    "%x",      "%X",     "%o",     "%5d",    "%-5d",   "%05d",
    "%+d",   "% d",    "%+ d",  "%.3d",    "%.0d",   "%8.3d",  "%-8.3d", "%08.3d", "%+08d",
    "% 08d", "%-+8d",  "%+.0d", "% .0d",   "%.0u",   "%.0x",   "%#x",    "%#X",    "%#o",
    "%#.0o", "%#.0x",  "%#5x",  "%#05x",   "%#-8o",  "%#.5o",  "%#08X",  "%+u",    "% x",
    "%1d",   "%30d",   "%-30i", "%030u",   "%.30x",  "%30.20o", "%0-8d", "%-08x",  "%.1d",
    "%+5.3i", "%#3o",  "%#10.3x", "%-#10.3X", "%0#10o",
};

// Every integer format with every length modifier: "%+5d" becomes "%+5lld" and so on.
std::string with_length(const char *format, const char *length) {
    std::string s(format);
    s.insert(s.size() - 1, length);
    return s;
}

}  // namespace

TEST_CASE("int conversions match the host for edge values and every flag") {
    for (const char *format : integer_formats)
        for (int value : {0, 1, -1, 7, 42, -42, 255, 4096, INT_MAX, INT_MIN, INT_MIN + 1})
            expect_like_host(format, value);
}

TEST_CASE("64-bit conversions match the host, INT64_MIN and UINT64_MAX included") {
    const long long values[] = {0, 1, -1, 10, -10, 999999999, 1000000000, 4294967295LL, 4294967296LL,
                                -4294967296LL, 1000000000000000000LL, INT64_MAX, INT64_MIN,
                                INT64_MIN + 1, 0x0123456789abcdefLL, -0x0123456789abcdefLL};
    for (const char *format : integer_formats) {
        for (long long value : values) {
            expect_like_host(with_length(format, "ll").c_str(), value);
            expect_like_host(with_length(format, "l").c_str(), static_cast<long>(value));
            expect_like_host(with_length(format, "j").c_str(), static_cast<intmax_t>(value));
            expect_like_host(with_length(format, "z").c_str(), static_cast<size_t>(value));
            expect_like_host(with_length(format, "t").c_str(), static_cast<ptrdiff_t>(value));
        }
        expect_like_host(with_length(format, "ll").c_str(), UINT64_MAX);
    }
}

TEST_CASE("hh and h narrow the promoted int before converting") {
    for (const char *format : integer_formats) {
        for (int value : {0, 127, 128, 255, 256, 300, -1, -128, -129, 32767, 32768, 65535, 65537, -32769}) {
            expect_like_host(with_length(format, "hh").c_str(), value);
            expect_like_host(with_length(format, "h").c_str(), value);
        }
    }
}

TEST_CASE("random flags, widths, precisions and 64-bit values match the host") {
    std::mt19937_64 random(20240601);
    const char conversions[] = "diuoxX";
    for (int round = 0; round < 4000; ++round) {
        std::string format = "<%";
        for (char flag : std::string("-+ #0"))
            if (random() % 3 == 0) format += flag;
        if (random() % 2) format += std::to_string(random() % 40);
        if (random() % 2) format += "." + std::to_string(random() % 30);
        uint64_t value = random() >> (random() % 64);
        if (random() % 2) value = 0 - value;
        // Each length modifier gets an argument of its own type.
        switch (random() % 5) {
        case 0: format += std::string(1, conversions[random() % 6]) + ">";
            expect_like_host(format.c_str(), static_cast<int>(value));
            break;
        case 1: format += std::string("hh") + conversions[random() % 6] + ">";
            expect_like_host(format.c_str(), static_cast<int>(value));
            break;
        case 2: format += std::string("l") + conversions[random() % 6] + ">";
            expect_like_host(format.c_str(), static_cast<long>(value));
            break;
        case 3: format += std::string("ll") + conversions[random() % 6] + ">";
            expect_like_host(format.c_str(), static_cast<long long>(value));
            break;
        default: format += std::string("z") + conversions[random() % 6] + ">";
            expect_like_host(format.c_str(), static_cast<size_t>(value));
            break;
        }
    }
}

TEST_CASE("strings: precision, width, alignment, and null") {
    for (const char *format : {"%s", "%10s", "%-10s", "%.0s", "%.1s", "%.3s", "%.5s", "%.6s", "%.20s", "%5.2s",
                               "%-5.2s", "%05s", "[%s|%s]"}) {
        for (const char *value : {"", "a", "hello", "hello, world, and a longer line"})
            expect_like_host(format, value, "second");
        expect_like_host(format, static_cast<const char *>(nullptr), "second");
    }
}

TEST_CASE("%s with a precision reads no further than the precision") {
    const char unterminated[3] = {'a', 'b', 'c'};
    expect_text("abc", "%.3s", unterminated);
    expect_text("ab", "%.2s", unterminated);
}

TEST_CASE("characters, percent signs and pointers match the host") {
    for (const char *format : {"%c", "%3c", "%-3c", "%03c", "%%", "%5%", "100%% %c%%"})
        for (int value : {int{'a'}, int{'Z'}, int{' '}, 0x141})
            expect_like_host(format, value);
    for (const char *format : {"%p", "%20p", "%-20p", "%020p", "%.20p", "%+p", "% p", "%#p"}) {
        expect_like_host(format, reinterpret_cast<void *>(0x1234));
        expect_like_host(format, reinterpret_cast<void *>(UINTPTR_MAX));
        expect_like_host(format, static_cast<void *>(nullptr));
    }
}

TEST_CASE("a NUL from %c is output and counted") {
    char buffer[8];
    memset(buffer, '#', sizeof buffer);
    CHECK(format_ours(buffer, sizeof buffer, "a%cb", 0) == 3);
    CHECK(memcmp(buffer, "a\0b\0", 4) == 0);
}

TEST_CASE("star widths and precisions, negative ones included") {
    for (int width : {-12, -1, 0, 1, 5, 12})
        for (int precision : {-5, -1, 0, 1, 3, 8}) {
            expect_like_host("[%*d]", width, -42);
            expect_like_host("[%.*d]", precision, 42);
            expect_like_host("[%*.*x]", width, precision, 0xbeef);
            expect_like_host("[%-*.*s]", width, precision, "string");
            expect_like_host("[%0*.*lld]", width, precision, INT64_MIN);
        }
}

TEST_CASE("many directives and long literal text in one format") {
    expect_like_host("%s=%d, %s=%#x; %c%c%c %lld/%llu %5.1s|%-4d|", "alpha", -17, "beta", 255, 'x', 'y',
                     'z', INT64_MIN, UINT64_MAX, "gamma", 3);
    std::string long_literal(700, 'q');
    long_literal += "%d";
    expect_like_host(long_literal.c_str(), 12345);
}

TEST_CASE("unsupported directives are copied verbatim and consume no argument") {
    expect_text("%f 7", "%f %d", 7);
    expect_text("%5.2f|7", "%5.2f|%d", 7);
    expect_text("%lc|x", "%lc|%s", "x");
    expect_text("%ls|8", "%ls|%d", 8);
    expect_text("%n|9", "%n|%d", 9);
    expect_text("%Lf", "%Lf");
    expect_text("%lp", "%lp");
    expect_text("end %", "end %");
    expect_text("end %-5", "end %-5");
}

// Here strerror is the host's; libvrt's texts are checked against glibc's in libc/string's tests.
TEST_CASE("%m is strerror(errno), takes no argument, and pads and truncates like %s") {
    const int errors[] = {0, EPERM, ENOENT, EACCES, EBADF, ENOSPC, 4095};
    for (int error : errors) {
        errno = error;
        expect_like_host("%m");
        errno = error;
        expect_like_host("[%-30m|%d]", 42);
        errno = error;
        expect_like_host("[%25.7m]");
        errno = error;
        expect_like_host("%.0m%s", "after");
    }
}

TEST_CASE("a width or precision above INT_MAX stops with SIZE_MAX") {
    char buffer[16];
    CHECK(format_ours(buffer, sizeof buffer, "ab%2147483648d", 1) == SIZE_MAX);
    CHECK(std::string(buffer) == "ab");
    CHECK(format_ours(buffer, sizeof buffer, "%.99999999999s", "x") == SIZE_MAX);
    CHECK(format_ours(buffer, sizeof buffer, "%*d", INT_MIN, 1) == SIZE_MAX);
}

TEST_CASE("a width of INT_MAX is counted without being written past the buffer") {
    char buffer[16];
    memset(buffer, '#', sizeof buffer);
    CHECK(format_ours(buffer, 8, "%2147483647d", 1) == 2147483647u);
    CHECK(std::string(buffer) == "       ");
    CHECK(buffer[8] == '#');
}

TEST_CASE("the sink is not called again once it refuses") {
    struct Recorder {
        std::vector<std::string> pieces;
        size_t accept;
    } recorder{{}, 2};
    auto write = [](void *context, const char *bytes, size_t length) {
        auto &r = *static_cast<Recorder *>(context);
        r.pieces.emplace_back(bytes, length);
        return r.pieces.size() < r.accept;
    };
    CHECK(format_ours(nullptr, 0, "%s-%s-%s-%s", "a", "b", "c", "d") == 7);
    char buffer[8];
    CHECK(format_ours(buffer, sizeof buffer, "%s-%s-%s-%s", "a", "b", "c", "d") == 7);

    auto call = [&](const char *format, ...) {
        va_list arguments;
        va_start(arguments, format);
        size_t length = vrt::format({write, &recorder}, format, arguments);
        va_end(arguments);
        return length;
    };
    CHECK(call("%s-%s-%s-%s", "a", "b", "c", "d") == 7);
    CHECK(recorder.pieces == std::vector<std::string>{"a", "-"});
}

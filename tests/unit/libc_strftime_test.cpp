// strftime's and asctime's formatting (libc/time/format_time.h) against glibc's strftime and
// asctime_r in the C locale: every C99 and POSIX conversion, with and without the E and O
// modifiers, over broken-down times from a wide range of time_t (negative years and years past
// 9999 included), unknown conversions, and buffers too small by one.
#include "libc/time/format_time.h"

#include <doctest/doctest.h>

#include <cstdlib>
#include <cstring>
#include <ctime>
#include <random>
#include <string>

namespace {

const char kConversions[] = "aAbBcCdDeFgGhHIjmMnprRStTuUVwWxXyYzZ%";

struct tm random_time(std::mt19937_64 &random) {
    struct tm tm = {};
    long long t = static_cast<long long>(random() >> (random() % 64)) * ((random() & 1) ? 1 : -1);
    t %= 400000000000000LL;  // years -12 million to 12 million
    time_t host_t = static_cast<time_t>(t);
    gmtime_r(&host_t, &tm);
    tm.tm_gmtoff = static_cast<long>(random() % 100000) - 50000;
    tm.tm_isdst = static_cast<int>(random() % 3) - 1;
    tm.tm_zone = (random() & 1) ? "GMT" : "XYZ";
    return tm;
}

void check_same(const char *format, const struct tm &tm, size_t size = 256) {
    char host[256], ours[256];
    std::memset(host, 'h', sizeof host);
    std::memset(ours, 'o', sizeof ours);
    size_t host_length = strftime(host, size, format, &tm);
    size_t our_length = vrt::time_format::format(ours, size, format, tm);
    INFO("format \"", std::string(format), "\" year ", tm.tm_year + 1900LL, " yday ", tm.tm_yday, " wday ",
         tm.tm_wday, " size ", size);
    REQUIRE(our_length == host_length);
    if (host_length) CHECK(std::string(ours) == std::string(host));
}

}  // namespace

TEST_CASE("strftime: every conversion, with each modifier, as glibc prints it") {
    std::mt19937_64 random(8);
    for (int round = 0; round < 20000; ++round) {
        struct tm tm = random_time(random);
        for (const char *c = kConversions; *c; ++c) {
            for (const char *modifier : {"", "E", "O"}) {
                std::string format = std::string("<%") + modifier + *c + ">";
                check_same(format.c_str(), tm);
            }
        }
    }
}

TEST_CASE("strftime: every day of 400 years, for the week numbers and day counts") {
    for (long long day = -146097; day < 146097; ++day) {
        struct tm tm = {};
        time_t t = static_cast<time_t>(day * 86400 + 43210);
        gmtime_r(&t, &tm);
        check_same("%G %g %V %U %W %j %u %w %a %A %b %B %C %y %Y %e %d %m %D %F", tm);
    }
}

TEST_CASE("strftime: long formats, unknown conversions, and results that do not fit") {
    std::mt19937_64 random(9);
    const char *formats[] = {"%c|%x|%X|%r|%R|%T|%D|%F|%n%t%%",
                             "plain text",
                             "",
                             "%Q %E %Ed %Oa %q%",
                             "%",
                             "%E",
                             "100%% %Y-%m-%dT%H:%M:%S%z %Z",
                             "%Ec %EC %Ex %EX %Ey %EY %Od %Oe %OH %OI %Om %OM %OS %Ou %OU %OV %Ow %OW %Oy"};
    for (int round = 0; round < 5000; ++round) {
        struct tm tm = random_time(random);
        for (const char *format : formats) {
            check_same(format, tm);
            char probe[256];
            size_t full = vrt::time_format::format(probe, sizeof probe, format, tm);
            for (size_t size : {full, full + 1, size_t{1}, size_t{0}}) check_same(format, tm, size);
        }
    }
}

// glibc's %s is mktime(3) of the fields, so local time; libvrt has no time zones, so it is
// compared with glibc's under TZ=UTC0, fields out of their range and each tm_isdst included.
TEST_CASE("strftime: %s is the seconds since the Epoch, as glibc's under TZ=UTC0") {
    const char *saved = getenv("TZ");
    std::string saved_tz = saved ? saved : "";
    setenv("TZ", "UTC0", 1);
    tzset();
    std::mt19937_64 random(11);
    for (int round = 0; round < 50000; ++round) {
        struct tm tm = random_time(random);
        if (round % 2 == 0) {  // fields out of their range, normalized as mktime does
            tm.tm_mon = static_cast<int>(random() % 40) - 20;
            tm.tm_mday = static_cast<int>(random() % 100) - 30;
            tm.tm_hour = static_cast<int>(random() % 100) - 50;
            tm.tm_sec = static_cast<int>(random() % 200000) - 100000;
        }
        if (round % 50 == 0) tm.tm_year = 0x7fffffff - static_cast<int>(random() % 3);  // mktime fails: -1
        check_same("%s", tm);
        check_same("<%Es|%Os|%s>", tm);
        check_same("%s", tm, 3);
    }
    if (saved)
        setenv("TZ", saved_tz.c_str(), 1);
    else
        unsetenv("TZ");
    tzset();
}

TEST_CASE("asctime: glibc's text, names out of range and negative fields included") {
    std::mt19937_64 random(10);
    for (int round = 0; round < 100000; ++round) {
        struct tm tm = random_time(random);
        if (round % 3 == 0) {
            tm.tm_wday = static_cast<int>(random() % 11) - 2;
            tm.tm_mon = static_cast<int>(random() % 16) - 2;
            tm.tm_mday = static_cast<int>(random() % 200) - 100;
            tm.tm_hour = static_cast<int>(random() % 200) - 100;
        }
        // asctime_r fails when the text and its NUL pass 26 bytes; asctime has room for any.
        char ours[128];
        char host[128];
        bool host_ok = asctime_r(&tm, host) != nullptr;
        bool ours_ok = vrt::time_format::format_asctime(ours, 26, tm);
        INFO("year ", tm.tm_year + 1900LL, " mday ", tm.tm_mday, " hour ", tm.tm_hour);
        REQUIRE(ours_ok == host_ok);
        if (host_ok) CHECK(std::string(ours) == std::string(host));
        const char *host_static = asctime(&tm);
        ours_ok = vrt::time_format::format_asctime(ours, sizeof ours, tm);
        REQUIRE(ours_ok == (host_static != nullptr));
        if (ours_ok) CHECK(std::string(ours) == std::string(host_static));
    }
}

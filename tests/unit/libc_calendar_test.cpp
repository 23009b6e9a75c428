// gmtime's and timegm's calendar (libc/time/calendar.h) against glibc's gmtime_r and timegm over
// a wide range of time_t: around the Epoch, negative times, leap days and centuries, the far
// future, and the edges where the year stops fitting an int.
#include "libc/time/calendar.h"

#include <doctest/doctest.h>

#include <cerrno>
#include <cstring>
#include <ctime>
#include <random>

namespace {

// The broken-down fields both gmtime and timegm fill in.
void check_same_fields(const struct tm &ours, const struct tm &host) {
    CHECK(ours.tm_sec == host.tm_sec);
    CHECK(ours.tm_min == host.tm_min);
    CHECK(ours.tm_hour == host.tm_hour);
    CHECK(ours.tm_mday == host.tm_mday);
    CHECK(ours.tm_mon == host.tm_mon);
    CHECK(ours.tm_year == host.tm_year);
    CHECK(ours.tm_wday == host.tm_wday);
    CHECK(ours.tm_yday == host.tm_yday);
    CHECK(ours.tm_isdst == host.tm_isdst);
}

void check_gmtime(long long t) {
    INFO("t ", t);
    struct tm host = {}, ours = {};
    bool host_ok = gmtime_r(reinterpret_cast<const time_t *>(&t), &host) != nullptr;
    int error = vrt::calendar::broken_down_utc(t, ours);
    REQUIRE(host_ok == (error == 0));
    if (!host_ok) {
        CHECK(error == -EOVERFLOW);
        return;
    }
    check_same_fields(ours, host);
    CHECK(ours.tm_gmtoff == host.tm_gmtoff);
    CHECK(std::strcmp(ours.tm_zone, host.tm_zone) == 0);
}

}  // namespace

TEST_CASE("gmtime: the same broken-down time as glibc's gmtime_r") {
    static_assert(sizeof(time_t) == 8, "the host's time_t is 64-bit");
    for (long long t = -3 * 86400LL; t <= 3 * 86400LL; t += 3599) check_gmtime(t);
    // Every day's first and last second over 1200 years around the Epoch, both signs.
    for (long long day = -220000; day <= 220000; day += 7) {
        check_gmtime(day * 86400);
        check_gmtime(day * 86400 + 86399);
    }
    std::mt19937_64 random(5);
    for (int i = 0; i < 200000; ++i) {
        long long t = static_cast<long long>(random());
        int shift = static_cast<int>(random() % 64);
        check_gmtime(t >> shift);
    }
    // Where tm_year (an int from 1900) runs out, and the extremes of time_t.
    const long long kLastYearDay = vrt::calendar::days_from_civil(2147483647LL + 1900, 12, 31);
    const long long kFirstYearDay = vrt::calendar::days_from_civil(-2147483648LL + 1900, 1, 1);
    for (long long edge : {kLastYearDay * 86400 + 86399, kFirstYearDay * 86400}) {
        for (long long d = -2; d <= 2; ++d) check_gmtime(edge + d);
    }
    check_gmtime(0x7fffffffffffffffLL);
    check_gmtime(-0x7fffffffffffffffLL - 1);
}

TEST_CASE("timegm: the same time_t and normalized fields as glibc, out-of-range fields too") {
    std::mt19937 random(6);
    for (int i = 0; i < 200000; ++i) {
        struct tm fields = {};
        bool wild = i % 4 == 0;  // some fields far outside their range
        fields.tm_year = static_cast<int>(random() % 4000) - 1900 - 1000;
        fields.tm_mon = wild ? static_cast<int>(random() % 400) - 200 : static_cast<int>(random() % 12);
        fields.tm_mday = wild ? static_cast<int>(random() % 2000) - 1000 : static_cast<int>(random() % 31) + 1;
        fields.tm_hour = wild ? static_cast<int>(random() % 200) - 100 : static_cast<int>(random() % 24);
        fields.tm_min = wild ? static_cast<int>(random() % 20000) - 10000 : static_cast<int>(random() % 60);
        fields.tm_sec = wild ? static_cast<int>(random()) : static_cast<int>(random() % 61);
        fields.tm_wday = static_cast<int>(random() % 7);
        fields.tm_yday = static_cast<int>(random() % 366);
        struct tm host = fields, ours = fields;
        errno = 0;
        long long host_t = timegm(&host);
        int host_errno = errno;
        long long our_t = -1;
        int error = vrt::calendar::seconds_from_utc(ours, our_t);
        INFO("year ", fields.tm_year, " mon ", fields.tm_mon, " mday ", fields.tm_mday, " hour ",
             fields.tm_hour, " min ", fields.tm_min, " sec ", fields.tm_sec);
        REQUIRE(host_errno == 0);
        REQUIRE(error == 0);
        CHECK(our_t == host_t);
        check_same_fields(ours, host);
    }
}

TEST_CASE("timegm: a year beyond tm_year is EOVERFLOW, as glibc's") {
    struct tm host = {}, ours = {};
    host.tm_year = ours.tm_year = 2147483647;
    host.tm_mon = ours.tm_mon = 12;  // January 1 of a year past INT_MAX + 1900
    host.tm_mday = ours.tm_mday = 1;
    errno = 0;
    CHECK(timegm(&host) == -1);
    CHECK(errno == EOVERFLOW);
    long long t = 0;
    CHECK(vrt::calendar::seconds_from_utc(ours, t) == -EOVERFLOW);
    CHECK(ours.tm_mon == 12);
}

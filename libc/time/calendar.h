// The proleptic Gregorian calendar in UTC, with no leap seconds (POSIX "seconds since the
// Epoch", XBD 4.16): time_t to broken-down time and back, under gmtime(3) and timegm(3).
// Header-only, and templates over struct tm (libvrt's <bits/tm.h>, or the host's), so the unit
// tests compare these very functions with glibc's gmtime_r and timegm.
//
// Days are counted from 1970-01-01 in a 64-bit integer; a date is converted through 400-year
// eras of 146097 days, starting each year on March 1 so that the leap day is the era's last day
// (the method of H. Hinnant, "chrono-Compatible Low-Level Date Algorithms").
#pragma once

#include <asm/errno.h>

namespace vrt::calendar {

constexpr long long kSecondsPerDay = 86400;

constexpr long long floor_divide(long long a, long long b) {
    return a / b - (a % b != 0 && (a < 0) != (b < 0));
}
constexpr long long floor_modulo(long long a, long long b) { return a - floor_divide(a, b) * b; }

constexpr bool is_leap_year(long long year) {
    return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
}

// Days from 1970-01-01 to year-month-day (month 1..12, day 1..31; a day past the month's end
// simply runs on into the next).
constexpr long long days_from_civil(long long year, int month, long long day) {
    year -= month <= 2;
    long long era = floor_divide(year, 400);
    long long year_of_era = year - era * 400;                                     // 0..399
    long long day_of_year = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;  // from March 1
    long long day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    return era * 146097 + day_of_era - 719468;  // 719468: days from 0000-03-01 to 1970-01-01
}

struct CivilDate {
    long long year;
    int month;  // 1..12
    int day;    // 1..31
};

constexpr CivilDate civil_from_days(long long days) {
    long long shifted = days + 719468;
    long long era = floor_divide(shifted, 146097);
    long long day_of_era = shifted - era * 146097;  // 0..146096
    long long year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
    long long day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    long long month_from_march = (5 * day_of_year + 2) / 153;  // 0 = March
    int day = static_cast<int>(day_of_year - (153 * month_from_march + 2) / 5 + 1);
    int month = static_cast<int>(month_from_march < 10 ? month_from_march + 3 : month_from_march - 9);
    return {year_of_era + era * 400 + (month <= 2), month, day};
}

// gmtime_r: 0, or -EOVERFLOW when the year does not fit tm_year (an int counting from 1900);
// `out` is written only on success. tm_isdst 0, tm_gmtoff 0, tm_zone "GMT", as glibc's gmtime.
template <typename Tm>
constexpr int broken_down_utc(long long t, Tm &out) {
    // Far beyond any int year either way; keeps the arithmetic below from overflowing.
    constexpr long long kLimit = 1LL << 56;
    if (t > kLimit || t < -kLimit) return -EOVERFLOW;
    long long days = floor_divide(t, kSecondsPerDay);
    long long seconds = t - days * kSecondsPerDay;
    CivilDate date = civil_from_days(days);
    long long tm_year = date.year - 1900;
    if (tm_year > 0x7fffffffLL || tm_year < -0x7fffffffLL - 1) return -EOVERFLOW;
    out.tm_sec = static_cast<int>(seconds % 60);
    out.tm_min = static_cast<int>(seconds / 60 % 60);
    out.tm_hour = static_cast<int>(seconds / 3600);
    out.tm_mday = date.day;
    out.tm_mon = date.month - 1;
    out.tm_year = static_cast<int>(tm_year);
    out.tm_wday = static_cast<int>(floor_modulo(days + 4, 7));  // 1970-01-01 was a Thursday
    out.tm_yday = static_cast<int>(days - days_from_civil(date.year, 1, 1));
    out.tm_isdst = 0;
    out.tm_gmtoff = 0;
    out.tm_zone = "GMT";
    return 0;
}

// timegm: the time_t of `tm`'s fields read as UTC, each allowed out of its range (tm_mon 14 is
// March of the next year, tm_sec -1 the previous minute's last second); tm_wday, tm_yday and
// tm_isdst are ignored. `tm` is then rewritten normalized, as glibc does. -EOVERFLOW (and `tm`
// unchanged) when the result's year does not fit tm_year.
template <typename Tm>
constexpr int seconds_from_utc(Tm &tm, long long &t) {
    long long year = static_cast<long long>(tm.tm_year) + 1900 + floor_divide(tm.tm_mon, 12);
    int month = static_cast<int>(floor_modulo(tm.tm_mon, 12)) + 1;
    long long days = days_from_civil(year, month, 1) + tm.tm_mday - 1;
    long long seconds = days * kSecondsPerDay + tm.tm_hour * 3600LL + tm.tm_min * 60LL + tm.tm_sec;
    Tm normalized = {};
    if (int error = broken_down_utc(seconds, normalized)) return error;
    tm = normalized;
    t = seconds;
    return 0;
}

}  // namespace vrt::calendar

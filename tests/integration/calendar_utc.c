// The UTC calendar through the real library: gmtime, gmtime_r, timegm (normalizing, negative and
// far-future times, EOVERFLOW), asctime, asctime_r, strftime with %z and %Z for gmtime's struct
// tm and a result that does not fit, and difftime. Known values, the same on every arch
// (time_t is 64-bit in libvrt everywhere).
#include <errno.h>
#include <string.h>
#include <time.h>

#include "self_check.h"

static void check_date(time_t t, const char *expected, const char *what) {
    struct tm tm;
    char text[64] = "";
    if (check(gmtime_r(&t, &tm) != NULL, what)) strftime(text, sizeof text, "%Y-%m-%d %H:%M:%S %a %j", &tm);
    check_strings(text, expected, what);
    check_equal(timegm(&tm), t, "timegm gives the time back");
}

int main(void) {
    check_date(0, "1970-01-01 00:00:00 Thu 001", "the Epoch");
    check_date(-1, "1969-12-31 23:59:59 Wed 365", "one second before the Epoch");
    check_date(951782400, "2000-02-29 00:00:00 Tue 060", "a leap day in a century divisible by 400");
    check_date(2147483648LL, "2038-01-19 03:14:08 Tue 019", "past 32-bit time_t");
    check_date(253402300799LL, "9999-12-31 23:59:59 Fri 365", "the last second of year 9999");
    check_date(-62135596800LL, "1-01-01 00:00:00 Mon 001", "year 1 (plain %Y: no padding)");
    check_date(-2208988800LL, "1900-01-01 00:00:00 Mon 001", "1900, not a leap year");

    time_t t = 1700000000;
    struct tm *shared = gmtime(&t);
    char text[128];
    check(shared != NULL && shared->tm_isdst == 0 && shared->tm_gmtoff == 0, "gmtime: no DST, offset 0");
    check_equal((long long)strftime(text, sizeof text, "%c|%z|%Z|%G-W%V-%u|%D|%r|%e", shared), 69,
                "strftime's length");
    check_strings(text, "Tue Nov 14 22:13:20 2023|+0000|GMT|2023-W46-2|11/14/23|10:13:20 PM|14",
                  "strftime: %c %z %Z %G %V %u %D %r %e");
    check_equal((long long)strftime(text, 5, "%Y-%m", shared), 0, "strftime: 0 when it does not fit");
    check_strings(asctime(shared), "Tue Nov 14 22:13:20 2023\n", "asctime");
    char buffer[26];
    check_strings(asctime_r(shared, buffer), "Tue Nov 14 22:13:20 2023\n", "asctime_r");

    struct tm fields = {0};
    fields.tm_year = 2024 - 1900;
    fields.tm_mon = 13;    // February of 2025
    fields.tm_mday = 29;   // March 1 (2025 is not a leap year)
    fields.tm_hour = -1;   // the day before's last hour
    check_equal(timegm(&fields), 1740783600LL, "timegm normalizes out-of-range fields");
    check(fields.tm_year == 125 && fields.tm_mon == 1 && fields.tm_mday == 28 && fields.tm_hour == 23 &&
              fields.tm_wday == 5 && fields.tm_yday == 58,
          "and rewrites them: 2025-02-28 23:00, a Friday");

    time_t huge = 0x7fffffffffffffffLL;
    errno = 0;
    check(gmtime(&huge) == NULL && errno == EOVERFLOW, "gmtime: EOVERFLOW past an int year");
    fields.tm_year = 2147483647;
    fields.tm_mon = 12;
    fields.tm_mday = 1;
    check_fails_with((long)timegm(&fields), EOVERFLOW, "timegm: EOVERFLOW past an int year");

    check(difftime(10, 3) == 7.0, "difftime");
    check(difftime(0x7fffffffffffffffLL, 0) == 9223372036854775807.0, "difftime of 2^63 - 1 rounds once");
    check(difftime(-5000000000LL, 5000000000LL) == -10000000000.0, "difftime across 32 bits");
    return check_result();
}

// gmtime(3), gmtime_r, timegm(3) and difftime(3): UTC only (libc/time/calendar.h). libvrt has no
// time zones, so there is no localtime or mktime.
#include <time.h>

#include "libc/errno/errno_boundary.h"
#include "libc/time/calendar.h"

namespace {

struct tm shared_result;  // gmtime(3) is specified to return a static object

}  // namespace

extern "C" {

struct tm *gmtime_r(const time_t *__restrict t, struct tm *__restrict result) {
    if (int error = vrt::calendar::broken_down_utc(*t, *result)) return vrt::fail_with(-error), nullptr;
    return result;
}

struct tm *gmtime(const time_t *t) { return gmtime_r(t, &shared_result); }

time_t timegm(struct tm *tm) {
    long long t = -1;
    if (int error = vrt::calendar::seconds_from_utc(*tm, t)) return vrt::fail_with(-error);
    return t;
}

// t1 - t0 rounded once to a double. The 64-bit difference goes through two 32-bit halves, each
// converted exactly, because 32-bit targets have no instruction for a 64-bit integer to double
// (and libvrt links no compiler runtime to supply one).
double difftime(time_t t1, time_t t0) {
    auto to_double = [](long long v) {
        double sum = static_cast<double>(static_cast<int>(v >> 32)) * 4294967296.0 +
                     static_cast<double>(static_cast<unsigned>(v & 0xffffffff));
        // i386's x87 keeps the sum with a 64-bit mantissa in its register (FLT_EVAL_METHOD 2);
        // going through memory rounds it to a double here, once, as on every other arch.
        __asm__("" : "+m"(sum));
        return sum;
    };
    long long difference = 0;
    // Beyond 2^63 seconds apart both times are exact enough to subtract as doubles.
    if (__builtin_sub_overflow(t1, t0, &difference)) return to_double(t1) - to_double(t0);
    return to_double(difference);
}

}

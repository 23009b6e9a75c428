// strftime(3) in the C locale, and asctime(3)'s fixed format (C11 7.27.3.1 and 7.27.3.5, POSIX
// strftime(3p)), with glibc's results: numbers as printf's %0Nd would print them (so a field out
// of its range still prints, "-5" for tm_hour -5), a name out of range as "?" (asctime: "???"),
// %C %Y %G as plain signed numbers (%Y of year 12 is "12"), %y %g as the year modulo 100 in
// 0..99, and a conversion it does not know copied as written ("%Q" stays "%Q").
// Header-only templates over struct tm, so the unit tests run these on the host's struct tm and
// compare them with glibc's strftime and asctime_r.
#pragma once

#include <stddef.h>

#include "libc/string/search.h"
#include "libc/time/calendar.h"

namespace vrt::time_format {

inline constexpr const char *kDayNames[] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                            "Thursday", "Friday", "Saturday"};
inline constexpr const char *kMonthNames[] = {"January", "February", "March",     "April",
                                              "May",     "June",     "July",      "August",
                                              "September", "October", "November", "December"};

// Appends to a caller's buffer of `size` bytes, keeping room for the NUL; remembers running out.
class Output {
public:
    constexpr Output(char *s, size_t size) : s_(s), size_(size) {}

    constexpr void put(char c) {
        if (length_ + 1 < size_)
            s_[length_++] = c;
        else
            full_ = true;
    }
    constexpr void put(const char *text, size_t limit = static_cast<size_t>(-1)) {
        for (size_t i = 0; i < limit && text[i]; ++i) put(text[i]);
    }
    // printf's %[0]<width>.<precision>lld: at least `precision` digits, then padded to `width`
    // with zeros after the sign, or with spaces before it.
    constexpr void number(long long value, int width, bool zero_pad = true, int precision = 1) {
        char digits[24];
        int count = 0;
        unsigned long long magnitude = value < 0 ? 0ull - static_cast<unsigned long long>(value)
                                                 : static_cast<unsigned long long>(value);
        do {
            digits[count++] = static_cast<char>('0' + magnitude % 10);
            magnitude /= 10;
        } while (magnitude);
        while (count < precision) digits[count++] = '0';
        int used = count + (value < 0);
        if (!zero_pad)
            for (; used < width; ++used) put(' ');
        if (value < 0) put('-');
        if (zero_pad)
            for (; used < width; ++used) put('0');
        while (count) put(digits[--count]);
    }
    // The length written, or 0 if the result and its NUL did not fit (C11 7.27.3.5p8).
    constexpr size_t finish() {
        if (full_ || size_ == 0) return 0;
        s_[length_] = '\0';
        return length_;
    }
    constexpr size_t length() const { return length_; }
    constexpr bool full() const { return full_; }

private:
    char *s_;
    size_t size_;
    size_t length_ = 0;
    bool full_ = false;
};

constexpr const char *name_or(const char *const *names, int count, int index, const char *fallback) {
    return index >= 0 && index < count ? names[index] : fallback;
}

// Days since the Monday that starts ISO 8601 week 1 of the year holding `year_day` (0-based)
// and `week_day` (0 = Sunday): week 1 is the week with the year's first Thursday, so its Monday
// is the Monday on or before January 4. Negative before that Monday.
constexpr long long days_into_iso_year(long long year_day, long long week_day) {
    long long january_4_week_day = calendar::floor_modulo(week_day - (year_day - 3), 7);
    long long week_1_monday = 3 - calendar::floor_modulo(january_4_week_day - 1, 7);
    return year_day - week_1_monday;
}

struct IsoWeek {
    long long year;
    long long week;  // 1..53
};

constexpr IsoWeek iso_week(long long year, long long year_day, long long week_day) {
    long long days = days_into_iso_year(year_day, week_day);
    if (days < 0) {  // the last week of the year before
        --year;
        days = days_into_iso_year(year_day + (calendar::is_leap_year(year) ? 366 : 365), week_day);
    } else {  // or already week 1 of the next year
        long long next = days_into_iso_year(year_day - (calendar::is_leap_year(year) ? 366 : 365), week_day);
        if (next >= 0) {
            ++year;
            days = next;
        }
    }
    return {year, calendar::floor_divide(days, 7) + 1};
}

// %s (a GNU extension, in POSIX.1-2024's strftime(3p)): the seconds since the Epoch that the
// fields stand for. glibc's is mktime(3) of a copy, so local time; libvrt has no time zones, so
// this is glibc's answer with TZ=UTC: the fields read as UTC, each allowed out of its range, and
// -1 when that time does not fit (mktime's failure). tm_isdst > 0 asks for daylight time, which
// UTC never has; glibc's mktime then assumes an hour of it (time/mktime.c,
// __mktime_internal), so the result is an hour earlier, as here.
template <typename Tm>
constexpr long long seconds_since_epoch(const Tm &tm) {
    Tm copy = tm;
    long long t = -1;
    if (calendar::seconds_from_utc(copy, t) != 0) return -1;
    return tm.tm_isdst > 0 ? t - 3600 : t;
}

template <typename Tm>
constexpr void format_into(Output &out, const char *format, const Tm &tm) {
    const long long year = tm.tm_year + 1900LL;
    for (const char *p = format; *p; ++p) {
        if (*p != '%') {
            out.put(*p);
            continue;
        }
        const char *start = p++;
        // E and O ask for a locale's alternative forms; the C locale has none (C11 7.27.3.5p6).
        // glibc accepts them before more conversions than C lists, and so does this.
        char modifier = 0;
        if (*p == 'E' || *p == 'O') modifier = *p++;
        const char conversion = *p;
        const bool allowed = modifier == 0 ||
                             (modifier == 'E' && conversion && find_char("cCnprRstTuxXyYzZ%", conversion)) ||
                             (modifier == 'O' && conversion && find_char("bBCdegGhHIjmMnprRsStTuUVwWyzZ%", conversion));
        bool known = allowed;
        if (allowed) {
            switch (conversion) {
            case 'a': out.put(name_or(kDayNames, 7, tm.tm_wday, "?"), 3); break;
            case 'A': out.put(name_or(kDayNames, 7, tm.tm_wday, "?")); break;
            case 'b':
            case 'h': out.put(name_or(kMonthNames, 12, tm.tm_mon, "?"), 3); break;
            case 'B': out.put(name_or(kMonthNames, 12, tm.tm_mon, "?")); break;
            case 'c': format_into(out, "%a %b %e %H:%M:%S %Y", tm); break;
            case 'C': out.number(calendar::floor_divide(year, 100), 1); break;
            case 'd': out.number(tm.tm_mday, 2); break;
            case 'D':
            case 'x': format_into(out, "%m/%d/%y", tm); break;
            case 'e': out.number(tm.tm_mday, 2, false); break;
            case 'F': format_into(out, "%Y-%m-%d", tm); break;
            case 'g': out.number(calendar::floor_modulo(iso_week(year, tm.tm_yday, tm.tm_wday).year, 100), 2); break;
            case 'G': out.number(iso_week(year, tm.tm_yday, tm.tm_wday).year, 1); break;
            case 'H': out.number(tm.tm_hour, 2); break;
            case 'I': out.number(tm.tm_hour % 12 == 0 ? 12 : tm.tm_hour % 12, 2); break;
            case 'j': out.number(tm.tm_yday + 1LL, 3); break;
            case 'm': out.number(tm.tm_mon + 1LL, 2); break;
            case 'M': out.number(tm.tm_min, 2); break;
            case 'n': out.put('\n'); break;
            case 'p': out.put(tm.tm_hour > 11 ? "PM" : "AM"); break;
            case 'r': format_into(out, "%I:%M:%S %p", tm); break;
            case 'R': format_into(out, "%H:%M", tm); break;
            case 's': out.number(seconds_since_epoch(tm), 1); break;
            case 'S': out.number(tm.tm_sec, 2); break;
            case 't': out.put('\t'); break;
            case 'T':
            case 'X': format_into(out, "%H:%M:%S", tm); break;
            case 'u': out.number((tm.tm_wday - 1 + 7) % 7 + 1, 1); break;
            case 'U': out.number((tm.tm_yday - tm.tm_wday + 7) / 7, 2); break;
            case 'V': out.number(iso_week(year, tm.tm_yday, tm.tm_wday).week, 2); break;
            case 'w': out.number(tm.tm_wday, 1); break;
            case 'W': out.number((tm.tm_yday - (tm.tm_wday - 1 + 7) % 7 + 7) / 7, 2); break;
            case 'y': out.number(calendar::floor_modulo(year, 100), 2); break;
            case 'Y': out.number(year, 1); break;
            case 'z': {
                if (tm.tm_isdst < 0) break;  // no zone information (glibc prints nothing)
                long long offset = tm.tm_gmtoff;
                out.put(offset < 0 ? '-' : '+');
                long long minutes = (offset < 0 ? -offset : offset) / 60;
                out.number(minutes / 60 * 100 + minutes % 60, 4);
                break;
            }
            case 'Z': out.put(tm.tm_zone ? tm.tm_zone : ""); break;  // no zone, no tzname
            case '%': out.put('%'); break;
            default: known = false; break;
            }
        }
        if (!known) {  // copied as written, as glibc does
            for (const char *q = start; q <= p && *q; ++q) out.put(*q);
            if (!*p) break;
        }
    }
}

template <typename Tm>
constexpr size_t format(char *s, size_t size, const char *format, const Tm &tm) {
    Output out(s, size);
    format_into(out, format, tm);
    return out.finish();
}

// asctime's "%.3s %.3s%3d %.2d:%.2d:%.2d %d\n". False when the year overflows an int (the
// caller's EOVERFLOW) or the text does not fit in `size` bytes.
template <typename Tm>
constexpr bool format_asctime(char *s, size_t size, const Tm &tm) {
    if (tm.tm_year > 0x7fffffff - 1900) return false;
    Output out(s, size);
    out.put(name_or(kDayNames, 7, tm.tm_wday, "???"), 3);
    out.put(' ');
    out.put(name_or(kMonthNames, 12, tm.tm_mon, "???"), 3);
    out.number(tm.tm_mday, 3, false);
    out.put(' ');
    out.number(tm.tm_hour, 0, false, 2);
    out.put(':');
    out.number(tm.tm_min, 0, false, 2);
    out.put(':');
    out.number(tm.tm_sec, 0, false, 2);
    out.put(' ');
    out.number(tm.tm_year + 1900, 0);
    out.put('\n');
    return out.finish() != 0;
}

}  // namespace vrt::time_format

/* struct tm, broken-down time (time.h(0p)), in glibc's layout: the nine C fields, then the BSD
 * and GNU tm_gmtoff (seconds east of UTC) and tm_zone (the zone's abbreviation), which strftime's
 * %z and %Z read. gmtime sets them to 0 and "GMT". */
#ifndef VRT_BITS_TM_H
#define VRT_BITS_TM_H

struct tm {
    int tm_sec;
    int tm_min;
    int tm_hour;
    int tm_mday;
    int tm_mon;
    int tm_year;
    int tm_wday;
    int tm_yday;
    int tm_isdst;
    long tm_gmtoff;
    const char *tm_zone;
};

#endif

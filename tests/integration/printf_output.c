// expect-stdout: printf: 42 -7 ff 0x1f hello [   pad] [left  ] 100%
// expect-stdout: puts
// expect-stderr: dprintf to 2: 12345
//
// The printf family (vrt/stdio.h): each conversion against text worked out by hand (what glibc
// prints too), snprintf's truncation and return value, and where printf, puts and dprintf write.
#include <vrt/stdio.h>

#include "self_check.h"

static char buffer[128];

static void expect(int length, const char *text, const char *what) {
    int ok = length == (int)strlen(text) && strcmp(buffer, text) == 0;
    check_that(ok, what, buffer);
}

int main(void) {
    expect(snprintf(buffer, sizeof buffer, "%d %i %u", -12, 34, 56u), "-12 34 56", "%d %i %u");
    expect(snprintf(buffer, sizeof buffer, "%x %X %o %#x %#o", 255u, 255u, 8u, 255u, 8u), "ff FF 10 0xff 010", "%x %X %o %#x %#o");
    expect(snprintf(buffer, sizeof buffer, "[%5d|%-5d|%05d|%+d|% d]", 42, 42, 42, 42, 42), "[   42|42   |00042|+42| 42]", "width and flags");
    expect(snprintf(buffer, sizeof buffer, "[%.3d|%8.3d|%.0d]", 7, -7, 0), "[007|    -007|]", "precision of integers");
    expect(snprintf(buffer, sizeof buffer, "[%s|%.2s|%6s|%-6s]", "abc", "abc", "abc", "abc"), "[abc|ab|   abc|abc   ]", "strings with width and precision");
    expect(snprintf(buffer, sizeof buffer, "%c%c%%", 'o', 'k'), "ok%", "%c and %%");
    expect(snprintf(buffer, sizeof buffer, "%lld %llu", -9223372036854775807ll - 1, 18446744073709551615ull),
           "-9223372036854775808 18446744073709551615", "%lld and %llu at their limits");
    expect(snprintf(buffer, sizeof buffer, "%hhd %hd %zu %ld", 257, 65537, (size_t)3, -5l), "1 1 3 -5", "hh h z l");
    expect(snprintf(buffer, sizeof buffer, "%*d|%.*s", 4, 1, 2, "xyz"), "   1|xy", "* width and precision");
    expect(snprintf(buffer, sizeof buffer, "%p", (void *)0x1234), "0x1234", "%p");
    expect(snprintf(buffer, sizeof buffer, "%p", (void *)0), "(nil)", "%p of NULL");

    check_equal(snprintf(buffer, 6, "%s", "truncated"), 9, "snprintf returns the whole length when truncating");
    check_strings(buffer, "trunc", "and writes size - 1 bytes and a NUL");
    check_equal(snprintf(0, 0, "%d", 123456), 6, "snprintf(NULL, 0) counts");
    check_equal(sprintf(buffer, "%s-%d", "x", 1), 3, "sprintf");
    check_strings(buffer, "x-1", "sprintf's text");

    check_equal(printf("printf: %d %d %x %#x %s [%6s] [%-6s] 100%%\n", 42, -7, 255u, 31u, "hello", "pad", "left"),
                51, "printf returns the bytes written");
    check(puts("puts") >= 0, "puts");
    check_equal(dprintf(2, "dprintf to %d: %d\n", 2, 12345), 20, "dprintf returns the bytes written");
    return check_result();
}

/* What every integration program uses to check itself: one line per assertion on stdout,
 * "ok <what>" or "FAIL <what>: <details>", and an exit status of 0 only when every one held
 * (tests/run-program.sh reads both); 77 with a line "SKIP <why>" when it could not test at all. Built on write(2) alone, so that a broken printf cannot
 * hide or fake a result; and on libvrt's headers alone, like any program linked with -lvrt.
 * Header-only (static functions), for C and C++ programs alike. */
#ifndef VRT_TEST_SELF_CHECK_H
#define VRT_TEST_SELF_CHECK_H

#include <vrt/errno.h>
#include <vrt/fcntl.h>
#include <vrt/string.h>
#include <vrt/unistd.h>

static int check_failures __attribute__((unused));

static inline void out(const char *s) { write(1, s, strlen(s)); }

/* Decimal text of v, in buf (at least 24 bytes). Uses no 64-bit division on 32-bit targets
 * (that would need libgcc's __udivdi3): digits come by repeated subtraction of powers of ten. */
static inline const char *decimal(long long v, char *buf) {
    static const unsigned long long powers[] = {
        10000000000000000000ull, 1000000000000000000ull, 100000000000000000ull, 10000000000000000ull,
        1000000000000000ull, 100000000000000ull, 10000000000000ull, 1000000000000ull,
        100000000000ull, 10000000000ull, 1000000000ull, 100000000ull, 10000000ull, 1000000ull,
        100000ull, 10000ull, 1000ull, 100ull, 10ull, 1ull};
    unsigned long long u = v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v;
    char *p = buf;
    int started = 0;
    if (v < 0) *p++ = '-';
    for (unsigned i = 0; i < sizeof powers / sizeof powers[0]; ++i) {
        char digit = '0';
        while (u >= powers[i]) { u -= powers[i]; ++digit; }
        if (digit != '0' || started || powers[i] == 1) { *p++ = digit; started = 1; }
    }
    *p = '\0';
    return buf;
}

static inline const char *hex(unsigned long long v, char *buf) {
    char *p = buf + 2;
    int shift = 60;
    buf[0] = '0';
    buf[1] = 'x';
    while (shift > 0 && ((v >> shift) & 0xf) == 0) shift -= 4;
    for (; shift >= 0; shift -= 4) *p++ = "0123456789abcdef"[(v >> shift) & 0xf];
    *p = '\0';
    return buf;
}

/* The assertion behind all the others: `details` (may be null) says what was seen instead. */
static inline int check_that(int holds, const char *what, const char *details) {
    if (holds) {
        out("ok ");
        out(what);
        out("\n");
        return 1;
    }
    ++check_failures;
    out("FAIL ");
    out(what);
    if (details) {
        out(": ");
        out(details);
    }
    out("\n");
    return 0;
}

static inline int check(int holds, const char *what) { return check_that(holds, what, 0); }

static inline int check_equal(long long seen, long long expected, const char *what) {
    char details[80], a[24], b[24];
    details[0] = '\0';
    if (seen != expected) {
        char *p = details;
        const char *parts[] = {"got ", decimal(seen, a), ", expected ", decimal(expected, b)};
        for (unsigned i = 0; i < 4; ++i) { size_t n = strlen(parts[i]); memcpy(p, parts[i], n); p += n; }
        *p = '\0';
    }
    return check_that(seen == expected, what, details);
}

static inline int check_strings(const char *seen, const char *expected, const char *what) {
    if (!seen || !expected) return check_that(seen == expected, what, seen ? seen : "got NULL");
    return check_that(strcmp(seen, expected) == 0, what, seen);
}

/* A failing call must return -1 and set errno to `expected_errno`. */
static inline int check_fails_with(long result, int expected_errno, const char *what) {
    int e = errno;
    if (result != -1) return check_equal(result, -1, what);
    return check_equal(e, expected_errno, what);
}

/* Returns p, which the compiler can no longer trace: keeps it from removing a malloc/free or
 * new/delete pair, or the stores into a buffer, that a check relies on (clang removes an
 * allocation whose pointer does not escape). */
static inline void *opaque(void *p) {
    __asm__ volatile("" : "+r"(p) : : "memory");
    return p;
}

/* Prints a line that says one check does not apply here; not a result. */
static inline void skip(const char *what) {
    out("skip ");
    out(what);
    out("\n");
}

/* The whole program cannot test what it is for on this machine (not root, a kernel without the
 * feature): `return skip_program("why");` from main prints `SKIP why` and exits 77, which
 * tests/run-program.sh and the boot suite report as a skip with that reason, never as a pass. */
enum { skip_exit_status = 77 };
static inline int skip_program(const char *why) {
    out("SKIP ");
    out(why);
    out("\n");
    return skip_exit_status;
}

/* The whole of a small file (/proc/self/...), NUL-terminated; its length, or -1. */
static inline long read_whole_file(const char *path, char *buf, size_t size) {
    int fd = open(path, O_RDONLY);
    if (fd < 0) return -1;
    size_t total = 0;
    for (;;) {
        long n = read(fd, buf + total, size - 1 - total);
        if (n < 0) { close(fd); return -1; }
        if (n == 0) break;
        total += (size_t)n;
        if (total == size - 1) break;
    }
    close(fd);
    buf[total] = '\0';
    return (long)total;
}

/* The number at the start of s, skipping blanks; stops at the first non-digit. */
static inline long long parse_decimal(const char *s) {
    long long v = 0;
    int negative = 0;
    while (*s == ' ' || *s == '\t') ++s;
    if (*s == '-') { negative = 1; ++s; }
    while (*s >= '0' && *s <= '9') v = v * 10 + (*s++ - '0');
    return negative ? -v : v;
}

/* "native" or "qemu-user": how tests/run-program.sh started us (the VRT_TEST_MODE variable). */
static inline int under_qemu_user(void) {
    for (char **e = environ; e && *e; ++e)
        if (strcmp(*e, "VRT_TEST_MODE=qemu-user") == 0) return 1;
    return 0;
}

static inline int check_result(void) { return check_failures ? 1 : 0; }

#endif

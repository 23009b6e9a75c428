// sched_getaffinity and sched_setaffinity with cpu_set_t and the CPU_* macros: the mask is
// /proc/self/status's Cpus_allowed_list, the call returns 0 (not the kernel's byte count) and
// clears the caller's bytes past the kernel's mask; pinning to one CPU is seen by
// sched_getcpu; bad input fails with the kernel's errno (EINVAL, ESRCH, EFAULT).
#include <sched.h>
#include <vrt/malloc.h>

#include "self_check.h"

// The CPUs named by a kernel CPU list ("0-3,6"), marked in *set.
static int parse_cpu_list(const char *text, cpu_set_t *set) {
    int count = 0;
    CPU_ZERO(set);
    while (*text >= '0' && *text <= '9') {
        long first = 0, last;
        while (*text >= '0' && *text <= '9') first = first * 10 + (*text++ - '0');
        last = first;
        if (*text == '-') {
            ++text;
            last = 0;
            while (*text >= '0' && *text <= '9') last = last * 10 + (*text++ - '0');
        }
        for (long cpu = first; cpu <= last; ++cpu, ++count) CPU_SET(cpu, set);
        if (*text == ',') ++text;
    }
    return count;
}

static void mask_matches_proc(const cpu_set_t *mask) {
    static char status[8192];
    if (read_whole_file("/proc/self/status", status, sizeof status) <= 0) {
        skip("no /proc/self/status");
        return;
    }
    const char *key = "Cpus_allowed_list:";
    for (const char *line = status; *line; ) {
        if (strncmp(line, key, strlen(key)) == 0) {
            const char *p = line + strlen(key);
            while (*p == ' ' || *p == '\t') ++p;
            cpu_set_t listed;
            int count = parse_cpu_list(p, &listed);
            check_equal(CPU_COUNT(mask), count, "CPU_COUNT of the mask is the count of Cpus_allowed_list");
            check(CPU_EQUAL(mask, &listed), "the mask is Cpus_allowed_list");
            return;
        }
        while (*line && *line != '\n') ++line;
        if (*line) ++line;
    }
    skip("no Cpus_allowed_list in /proc/self/status");
}

int main(void) {
    cpu_set_t mask;
    memset(&mask, 0xff, sizeof mask);
    check_equal(sched_getaffinity(0, sizeof mask, &mask), 0, "sched_getaffinity returns 0");
    int count = CPU_COUNT(&mask);
    check(count >= 1, "at least one CPU is allowed");
    check(!CPU_ISSET(CPU_SETSIZE - 1, &mask) || count == CPU_SETSIZE, "bits past the kernel's mask are cleared");
    mask_matches_proc(&mask);

    // A set larger than cpu_set_t, filled with ones: everything past the kernel's mask is zeroed.
    size_t big = CPU_ALLOC_SIZE(8192);
    cpu_set_t *large = CPU_ALLOC(8192);
    if (check(large != NULL, "CPU_ALLOC(8192)")) {
        memset(large, 0xff, big);
        check_equal(sched_getaffinity(0, big, large), 0, "sched_getaffinity into 1 KiB");
        check_equal(CPU_COUNT_S(big, large), count, "the large set holds the same CPUs and nothing else");
        check(!CPU_ISSET_S(8191, big, large), "CPU 8191 is clear");
        CPU_FREE(large);
    }

    int first = 0;
    while (!CPU_ISSET(first, &mask)) ++first;
    cpu_set_t one;
    CPU_ZERO(&one);
    CPU_SET(first, &one);
    check_equal(sched_setaffinity(0, sizeof one, &one), 0, "pin to the first allowed CPU");
    cpu_set_t now;
    check_equal(sched_getaffinity(0, sizeof now, &now), 0, "read the mask back");
    check(CPU_EQUAL(&now, &one) && CPU_COUNT(&now) == 1, "it is that one CPU");
    check_equal(sched_getcpu(), first, "sched_getcpu runs there");
    check_equal(sched_setaffinity(0, sizeof mask, &mask), 0, "restore the mask");

    cpu_set_t none;
    CPU_ZERO(&none);
    check_fails_with(sched_setaffinity(0, sizeof none, &none), EINVAL, "an empty mask: EINVAL");
    check_fails_with(sched_getaffinity(0, 1, &now), EINVAL, "a 1-byte mask is smaller than the kernel's: EINVAL");
    check_fails_with(sched_getaffinity(0x3fffffff, sizeof now, &now), ESRCH, "no such process: ESRCH");
    check_fails_with(sched_getaffinity(0, sizeof now, NULL), EFAULT, "a NULL mask: EFAULT");

    cpu_set_t a, b, c;
    CPU_ZERO(&a);
    CPU_ZERO(&b);
    CPU_SET(1, &a);
    CPU_SET(2, &a);
    CPU_SET(2, &b);
    CPU_SET(1023, &b);
    CPU_AND(&c, &a, &b);
    check(CPU_COUNT(&c) == 1 && CPU_ISSET(2, &c), "CPU_AND");
    CPU_OR(&c, &a, &b);
    check(CPU_COUNT(&c) == 3 && CPU_ISSET(1023, &c), "CPU_OR");
    CPU_XOR(&c, &a, &b);
    check(CPU_COUNT(&c) == 2 && !CPU_ISSET(2, &c), "CPU_XOR");
    CPU_CLR(1023, &c);
    CPU_SET(4096, &c);  // past the set: ignored
    check(CPU_COUNT(&c) == 1 && CPU_ISSET(1, &c) && !CPU_ISSET(4096, &c), "CPU_CLR, and CPU_SET past the set does nothing");
    return check_result();
}

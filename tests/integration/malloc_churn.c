// malloc, free, calloc, realloc, aligned_alloc and posix_memalign under churn: 100000 mixed-size
// allocations and frees with 1000 live at most, every block filled and checked (no two live
// blocks overlap, none is corrupted), every block aligned for any type; freed memory is reused
// and the resident set stays bounded; impossible sizes fail with ENOMEM.
//
// The bound on the resident set: the churn makes about 50000 allocations of ~1.6 KiB on
// average (the largest are 256 KiB and 1 in 100), 80 MiB in all, but never holds more than 1000
// blocks, ~1.6 MiB on average and rarely beyond 8 MiB. An allocator that reuses freed memory
// ends within a few MiB of where it started; glibc's grows by 85 MiB when the churn's frees are
// left out. The test allows 24 MiB: room for fragmentation, far from a leak.
#include <stddef.h>
#include <vrt/stdlib.h>

#include "self_check.h"

enum { slots = 1000, rounds = 100000 };

static unsigned char *blocks[slots];
static size_t sizes[slots];
static unsigned random_state = 12345;

static unsigned next_random(void) {  // xorshift32: the same sequence on every run
    random_state ^= random_state << 13;
    random_state ^= random_state >> 17;
    random_state ^= random_state << 5;
    return random_state;
}

static size_t random_size(void) {
    unsigned r = next_random() % 100;
    if (r < 90) return 1 + next_random() % 256;
    if (r < 99) return 257 + next_random() % 4096;
    return 4353 + next_random() % (256 * 1024);
}

static long resident_kib(void) {
    static char status[8192];
    read_whole_file("/proc/self/status", status, sizeof status);
    for (const char *line = status; *line; ++line)
        if ((line == status || line[-1] == '\n') && memcmp(line, "VmRSS:", 6) == 0)
            return (long)parse_decimal(line + 6);
    return -1;
}

// Each slot's block holds its own byte, so a block that another block overlaps is caught.
static int intact(int slot) {
    unsigned char tag = (unsigned char)(slot * 7 + 1);
    for (size_t i = 0; i < sizes[slot]; ++i)
        if (blocks[slot][i] != tag) return 0;
    return 1;
}

int main(void) {
    const size_t alignment = _Alignof(max_align_t);
    void *first = opaque(malloc(100));
    free(first);
    void *second = opaque(malloc(100));
    check(second == first, "a freed block comes back for the next request of its size");
    free(second);

    long before = resident_kib();
    int all_aligned = 1, all_intact = 1, all_allocated = 1;
    for (int round = 0; round < rounds; ++round) {
        int slot = (int)(next_random() % slots);
        if (blocks[slot]) {
            all_intact &= intact(slot);
            free(blocks[slot]);
            blocks[slot] = 0;
            continue;
        }
        sizes[slot] = random_size();
        blocks[slot] = malloc(sizes[slot]);
        if (!blocks[slot]) { all_allocated = 0; continue; }
        all_aligned &= ((unsigned long)blocks[slot] & (alignment - 1)) == 0;
        memset(blocks[slot], slot * 7 + 1, sizes[slot]);
    }
    for (int slot = 0; slot < slots; ++slot) {
        if (!blocks[slot]) continue;
        all_intact &= intact(slot);
        free(blocks[slot]);
        blocks[slot] = 0;
    }
    long after = resident_kib();
    check(all_allocated, "every allocation of the churn succeeded");
    check(all_aligned, "every block is aligned to _Alignof(max_align_t)");
    check(all_intact, "every block kept its bytes until it was freed");
    if (under_qemu_user()) {
        skip("the resident set under qemu-user is QEMU's, with its code cache");
    } else {
        char details[24];
        check_that(before > 0 && after - before < 24 * 1024, "the resident set grew by less than 24 MiB",
                   decimal(after - before, details));
    }

    unsigned char *p = opaque(malloc(256));
    memset(p, 0xab, 256);
    free(opaque(p));
    unsigned char *zeroed = opaque(calloc(1, 256));
    int zero = zeroed != 0;
    for (int i = 0; zeroed && i < 256; ++i) zero &= zeroed[i] == 0;
    check(zero, "calloc returns zeroed memory, even when it reuses a dirty block");
    free(zeroed);

    unsigned char *grown = malloc(16);
    for (int i = 0; i < 16; ++i) grown[i] = (unsigned char)i;
    grown = opaque(realloc(opaque(grown), 100000));
    int kept = grown != 0;
    for (int i = 0; grown && i < 16; ++i) kept &= grown[i] == i;
    check(kept, "realloc to a larger size keeps the contents");
    grown = opaque(realloc(grown, 8));
    check(grown && grown[7] == 7, "realloc to a smaller size keeps what fits");
    free(grown);
    void *fresh = realloc(0, 64);
    check(fresh != 0, "realloc(NULL, n) allocates");
    free(fresh);
    free(0);
    check(1, "free(NULL) does nothing");

    void *a64 = aligned_alloc(64, 256), *a4096 = aligned_alloc(4096, 4096), *m = 0;
    check(a64 && ((unsigned long)a64 & 63) == 0, "aligned_alloc(64, 256) is 64-byte aligned");
    check(a4096 && ((unsigned long)a4096 & 4095) == 0, "aligned_alloc(4096, 4096) is page-aligned");
    check_equal(posix_memalign(&m, 256, 1000), 0, "posix_memalign(256, 1000) succeeds");
    check(m && ((unsigned long)m & 255) == 0, "and its block is 256-byte aligned");
    void *untouched = (void *)&m;
    check_equal(posix_memalign(&untouched, 24, 16), EINVAL, "posix_memalign with alignment 24 returns EINVAL");
    free(a64);
    free(a4096);
    free(m);

#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Walloc-size-larger-than="  // the impossible sizes are the point
#endif
    const size_t huge = (size_t)-1;
    errno = 0;
    check(opaque(malloc(huge)) == 0 && errno == ENOMEM, "malloc(SIZE_MAX) returns NULL with ENOMEM");
    errno = 0;
    check(opaque(malloc(huge - 4096)) == 0 && errno == ENOMEM, "malloc(SIZE_MAX - 4096) returns NULL with ENOMEM");
    // n * n is exactly 2^(bits of size_t): 0 once it wraps.
    const size_t root = (size_t)1 << (sizeof(size_t) * 4);
    errno = 0;
    check(opaque(calloc(root, root)) == 0 && errno == ENOMEM, "calloc whose size overflows returns NULL with ENOMEM");
    errno = 0;
    check(opaque(realloc(0, huge)) == 0 && errno == ENOMEM, "realloc(NULL, SIZE_MAX) returns NULL with ENOMEM");
    return check_result();
}

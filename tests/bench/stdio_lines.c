/* The stdio throughput benchmark (tests/bench-stdio.mk), compiled unchanged against libvrt,
 * glibc and musl: 10^6 short lines through printf or fputs into stdout, whatever stdout is, then
 * fflush; prints the nanoseconds per line on stderr. It declares clock_gettime itself, with the
 * 64-bit layout of struct timespec, so that <stdio.h> is the only header involved. */
#include <stdio.h>

struct bench_timespec {
    long long seconds;
    long nanoseconds;
};
int clock_gettime(int clock, struct bench_timespec *now);

static long long now_ns(void) {
    struct bench_timespec t;
    clock_gettime(1 /* CLOCK_MONOTONIC */, &t);
    return t.seconds * 1000000000ll + t.nanoseconds;
}

int main(int argc, char **argv) {
    const int lines = 1000000;
    int use_printf = argc > 1 && argv[1][0] == 'p';
    long long start = now_ns();
    if (use_printf) {
        for (int i = 0; i < lines; ++i) printf("line %d of %s: %x\n", i, "output", i);
    } else {
        for (int i = 0; i < lines; ++i) fputs("a short line of output\n", stdout);
    }
    fflush(stdout);
    long long elapsed = now_ns() - start;
    fprintf(stderr, "%lld\n", elapsed / (lines / 1000));  /* picoseconds per line */
    return 0;
}

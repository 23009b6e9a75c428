/* spawn_latency N PROGRAM [ARG...]: starts PROGRAM with fork + execv and waits for it, N times
 * after a warm-up, and prints "<median ns> <min ns>" of the whole round trip. Built on libvrt,
 * so the harness is the same whichever init it measures (tests/bench/init-bench.sh). */
#include <vrt/stdio.h>
#include <vrt/time.h>
#include <vrt/unistd.h>
#include <vrt/wait.h>

enum { max_samples = 4096, warm_up = 20 };
static long long samples[max_samples];

static long long now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1000000000LL + t.tv_nsec;
}

/* One round trip, or -1 when the program could not be run or did not exit 0. */
static long long spawn_once(char **argv) {
    long long start = now_ns();
    pid_t child = fork();
    if (child == 0) {
        execv(argv[0], argv);
        _exit(127);
    }
    int status;
    if (child < 0 || waitpid(child, &status, 0) != child || status != 0) return -1;
    return now_ns() - start;
}

static int parse_count(const char *s) {
    int n = 0;
    for (; *s >= '0' && *s <= '9' && n <= max_samples; ++s) n = n * 10 + (*s - '0');
    return *s ? 0 : n;
}

int main(int argc, char **argv) {
    int n = argc > 2 ? parse_count(argv[1]) : 0;
    if (n < 1 || n > max_samples) {
        dprintf(2, "usage: spawn_latency N(1..%d) PROGRAM [ARG...]\n", max_samples);
        return 2;
    }
    for (int i = -warm_up; i < n; ++i) {
        long long t = spawn_once(argv + 2);
        if (t < 0) {
            dprintf(2, "spawn_latency: %s failed\n", argv[2]);
            return 1;
        }
        if (i >= 0) samples[i] = t;
    }
    for (int i = 1; i < n; ++i) /* insertion sort: n is small */
        for (int j = i; j > 0 && samples[j - 1] > samples[j]; --j) {
            long long t = samples[j];
            samples[j] = samples[j - 1];
            samples[j - 1] = t;
        }
    printf("%lld %lld\n", samples[n / 2], samples[0]);
    return 0;
}

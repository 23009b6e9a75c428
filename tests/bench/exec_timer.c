/* exec_timer RUNS PROGRAM...: times each PROGRAM from the spawn to the end of its wait, RUNS
 * times, the programs taking turns so that every one sees the same machine, and prints one line
 * per program: "<min ns> <median ns> <program>". Each program runs with no arguments, an empty
 * environment and stdout on /dev/null, and must exit 0. A host tool (glibc, posix_spawn, which
 * is vfork + exec), the same harness for every runtime it compares. */
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <time.h>

static long long now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1000000000LL + t.tv_nsec;
}

static int compare(const void *a, const void *b) {
    long long x = *(const long long *)a, y = *(const long long *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv) {
    int runs = argc > 2 ? atoi(argv[1]) : 0;
    int programs = argc - 2;
    if (runs < 1) {
        fprintf(stderr, "usage: exec_timer RUNS PROGRAM...\n");
        return 2;
    }
    long long *samples = calloc((size_t)runs * (size_t)programs, sizeof *samples);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    char *environment[] = {NULL};
    for (int run = -20; run < runs; ++run) { /* 20 rounds to warm the caches up */
        for (int p = 0; p < programs; ++p) {
            char *arguments[] = {argv[2 + p], NULL};
            pid_t child;
            int status;
            long long start = now_ns();
            if (posix_spawn(&child, argv[2 + p], &actions, NULL, arguments, environment) != 0 ||
                waitpid(child, &status, 0) != child || status != 0) {
                fprintf(stderr, "exec_timer: %s did not run and exit 0\n", argv[2 + p]);
                return 1;
            }
            if (run >= 0) samples[(size_t)p * (size_t)runs + (size_t)run] = now_ns() - start;
        }
    }
    for (int p = 0; p < programs; ++p) {
        long long *s = samples + (size_t)p * (size_t)runs;
        qsort(s, (size_t)runs, sizeof *s, compare);
        printf("%lld %lld %s\n", s[0], s[runs / 2], argv[2 + p]);
    }
    return 0;
}

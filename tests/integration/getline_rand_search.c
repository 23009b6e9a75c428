// getline and getdelim on a real file and on a pipe through libvrt's streams (lines longer than
// the first 120-byte buffer and than the stream's buffer, a last line without its newline, a
// custom delimiter, the end, EINVAL), and the pure extras through the real library: rand,
// random and rand_r give glibc's values for known seeds, bsearch, memmem, strtoimax, strtoumax
// and imaxabs.
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "self_check.h"

static char path[64];

// The text every reader must see: a short line, an empty one, one of 300 bytes (past the first
// 120-byte allocation), one of 20000 (past BUFSIZ, so it spans refills), and a last line with no
// newline.
static char expected[5][20002];
static size_t expected_length[5];

static void make_expected(void) {
    strcpy(expected[0], "first\n");
    strcpy(expected[1], "\n");
    for (int i = 0; i < 300; ++i) expected[2][i] = (char)('a' + i % 26);
    strcpy(expected[2] + 300, "\n");
    for (int i = 0; i < 20000; ++i) expected[3][i] = (char)('0' + i % 10);
    strcpy(expected[3] + 20000, "\n");
    strcpy(expected[4], "no newline at the end");
    for (int i = 0; i < 5; ++i) expected_length[i] = strlen(expected[i]);
}

static void read_lines(FILE *f, const char *what) {
    char *line = NULL;
    size_t size = 0;
    for (int i = 0; i < 5; ++i) {
        ssize_t n = getline(&line, &size, f);
        check_equal(n, (long long)expected_length[i], what);
        check(n >= 0 && memcmp(line, expected[i], expected_length[i] + 1) == 0, what);
        check(size > (size_t)n, "the buffer holds the line and its NUL");
    }
    errno = 0;
    check_equal(getline(&line, &size, f), -1, "getline at the end is -1");
    check_equal(errno, 0, "and leaves errno alone");
    check(feof(f) && !ferror(f), "with the end indicator set");
    free(line);
}

static void write_all(int fd) {
    for (int i = 0; i < 5; ++i) write(fd, expected[i], expected_length[i]);
}

static void getline_file(void) {
    FILE *f = fopen(path, "w");
    if (!check(f != NULL, "fopen the test file")) return;
    for (int i = 0; i < 5; ++i) fputs(expected[i], f);
    fclose(f);
    f = fopen(path, "r");
    read_lines(f, "getline on a file: every line, whole");
    fclose(f);

    f = fopen(path, "r");
    char *field = malloc(1);
    size_t size = 1;
    check_equal(getdelim(&field, &size, 's', f), 4, "getdelim up to 's'");
    check_strings(field, "firs", "getdelim keeps the delimiter");
    check(size >= 5, "getdelim grew the 1-byte buffer");
    char *null_line = NULL;
    check_fails_with(getline(NULL, &size, f), EINVAL, "getline with a NULL line pointer");
    check_fails_with(getline(&null_line, NULL, f), EINVAL, "getline with a NULL size");
    free(field);
    fclose(f);

    size = 0;
    f = fopen(path, "w+");
    errno = 0;
    check_equal(getline(&null_line, &size, f), -1, "getline on an empty file is -1");
    check(null_line != NULL && size == 120, "after allocating glibc's first 120 bytes");
    free(null_line);
    fclose(f);
    unlink(path);
}

static void getline_pipe(void) {
    int fds[2];
    if (!check(pipe(fds) == 0, "pipe")) return;
    pid_t child = fork();
    if (child == 0) {
        close(fds[0]);
        write_all(fds[1]);
        _exit(0);
    }
    close(fds[1]);
    FILE *f = fdopen(fds[0], "r");
    read_lines(f, "getline on a pipe: every line, whole");
    fclose(f);
    int status = 0;
    waitpid(child, &status, 0);
}

static void random_numbers(void) {
    // glibc's random() and rand() from the default seed 1 and after srand(1).
    check_equal(random(), 1804289383, "random()'s first value unseeded");
    check_equal(rand(), 846930886, "rand() continues the same sequence");
    srand(1);
    check_equal(rand(), 1804289383, "srand(1) starts over");
    srandom(0);
    check_equal(random(), 1804289383, "seed 0 is seed 1");
    unsigned int seed = 1;
    check_equal(rand_r(&seed), 476707713, "rand_r's first value for seed 1");
    check_equal(RAND_MAX, 2147483647, "RAND_MAX");
}

static int compare_ints(const void *a, const void *b) {
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

static void searching_and_numbers(void) {
    static const int sorted[] = {1, 3, 5, 7, 9, 11};
    int key = 7, missing = 8;
    check(bsearch(&key, sorted, 6, sizeof(int), compare_ints) == &sorted[3], "bsearch finds 7");
    check(bsearch(&missing, sorted, 6, sizeof(int), compare_ints) == NULL, "bsearch misses 8");
    static const char hay[] = "abcabd\0abe";
    check(memmem(hay, sizeof hay - 1, "abd", 3) == hay + 3, "memmem");
    check(memmem(hay, sizeof hay - 1, "\0ab", 3) == hay + 6, "memmem past a NUL");
    check(memmem(hay, 3, "abcd", 4) == NULL, "memmem with a needle longer than the haystack");
    char *end;
    check_equal(strtoimax(" -9223372036854775808x", &end, 10), INTMAX_MIN, "strtoimax at INTMAX_MIN");
    check(*end == 'x', "strtoimax's end");
    errno = 0;
    check(strtoumax("18446744073709551616", NULL, 10) == UINTMAX_MAX && errno == ERANGE,
          "strtoumax past UINTMAX_MAX is ERANGE");
    check_equal(imaxabs(-5), 5, "imaxabs");
}

int main(void) {
    snprintf(path, sizeof path, "/tmp/vrt-getline-%d", (int)getpid());
    make_expected();
    getline_file();
    getline_pipe();
    random_numbers();
    searching_and_numbers();
    return check_result();
}

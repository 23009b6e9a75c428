// How stdout and stdin buffer, decided at their first use by whether the descriptor is a
// terminal (the TCGETS ioctl): fully buffered into a pipe, line buffered onto a pseudo-terminal
// (/dev/ptmx, unlocked, its slave opened), stderr unbuffered on both, and reading a terminal
// first writes out stdout's pending line (a prompt). Each case runs in a child whose fds 0-2
// are put in place before its first stdio call.
#include <stdio.h>
#include <vrt/ioctl.h>
#include <vrt/stdlib.h>
#include <vrt/time.h>
#include <vrt/wait.h>

#include "self_check.h"

// What is readable on fd without blocking: its length (0 when nothing), text in buffer.
static long readable_now(int fd, char *buffer, size_t size) {
    int flags = fcntl(fd, F_GETFL);
    fcntl(fd, F_SETFL, flags | O_NONBLOCK);
    long n = read(fd, buffer, size - 1);
    fcntl(fd, F_SETFL, flags);
    if (n < 0) n = 0;
    buffer[n] = '\0';
    return n;
}

static void pause_ms(long ms) {
    struct timespec t = {0, ms * 1000000};
    nanosleep(&t, NULL);
}

static int contains(const char *text, const char *part);

// What fd gives within a while: a pseudo-terminal passes data to its other side from a kernel
// work queue, so it may arrive a moment after the write. Collects until `wanted` is in the text
// (or 2 s passed); with wanted NULL, waits 50 ms and takes what came, which should be nothing.
static long readable(int fd, char *buffer, size_t size, const char *wanted) {
    long total = 0;
    for (int tries = 0; tries < 200; ++tries) {
        pause_ms(wanted ? 10 : 50);
        total += readable_now(fd, buffer + total, size - (size_t)total);
        if (!wanted || contains(buffer, wanted)) break;
    }
    return total;
}

static int contains(const char *text, const char *part) {  // strstr, which libvrt lacks yet
    size_t length = strlen(part);
    for (; *text; ++text)
        if (strncmp(text, part, length) == 0) return 1;
    return 0;
}

static int run_in_child(int (*body)(void)) {
    pid_t pid = fork();
    if (pid == 0) _exit(body());
    int status = -1;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 200 + WTERMSIG(status);
}

static int to_parent[2];  // the child's results travel back over a pipe: its stdout is taken

static void report(int holds, const char *what) {
    char line[160];
    int n = snprintf(line, sizeof line, "%s %s\n", holds ? "ok" : "FAIL", what);
    write(to_parent[1], line, (size_t)n);
}

static int pipe_out[2];

static int stdout_into_a_pipe(void) {
    dup2(pipe_out[1], 1);
    dup2(pipe_out[1], 2);
    char seen[64];
    printf("one line\n");
    report(readable(pipe_out[0], seen, sizeof seen, NULL) == 0, "stdout into a pipe keeps a whole line buffered");
    fputs("err", stderr);
    report(readable(pipe_out[0], seen, sizeof seen, "err") == 3 && strcmp(seen, "err") == 0,
           "stderr into the same pipe writes at once, no newline needed");
    fflush(stdout);
    report(readable(pipe_out[0], seen, sizeof seen, "\n") == 9 && strcmp(seen, "one line\n") == 0, "fflush writes it");
    printf("left for exit\n");
    exit(0);  // exit() writes it: the parent checks
}

static int terminal_fd(int master) {
    int unlock = 0;
    unsigned number = 0;
    if (ioctl(master, TIOCSPTLCK, &unlock) != 0 || ioctl(master, TIOCGPTN, &number) != 0) return -1;
    char name[32];
    snprintf(name, sizeof name, "/dev/pts/%u", number);
    return open(name, O_RDWR | O_NOCTTY);
}

static int master;

static int stdout_onto_a_terminal(void) {
    int slave = terminal_fd(master);
    if (slave < 0) return 99;
    dup2(slave, 0);
    dup2(slave, 1);
    char seen[64];
    printf("no newline yet");
    report(readable(master, seen, sizeof seen, NULL) == 0, "a terminal's stdout keeps a line without its newline");
    printf(", now\n");
    readable(master, seen, sizeof seen, "\n");
    // The terminal's output processing (ONLCR) turns the newline into CR LF.
    report(strcmp(seen, "no newline yet, now\r\n") == 0, "and writes it when the newline comes");
    printf("prompt? ");
    report(readable(master, seen, sizeof seen, NULL) == 0, "a prompt stays buffered");
    write(master, "answer\n", 7);
    int c = getchar();
    report(c == 'a', "getchar reads the terminal");
    readable(master, seen, sizeof seen, "prompt? ");
    // What the master reads now: the terminal's echo of our answer and the prompt, which
    // reading the terminal wrote out.
    report(contains(seen, "prompt? "), "reading the terminal wrote the pending prompt first");
    return 0;
}

int main(void) {
    if (pipe(to_parent) != 0 || pipe(pipe_out) != 0) return 1;
    check_equal(run_in_child(stdout_into_a_pipe), 0, "the pipe child exited with 0");
    char seen[64];
    readable(pipe_out[0], seen, sizeof seen, "\n");
    check_strings(seen, "left for exit\n", "exit() wrote what stdout held");

    master = open("/dev/ptmx", O_RDWR | O_NOCTTY);
    if (master < 0) {
        skip("terminal buffering: no /dev/ptmx");
    } else {
        check_equal(run_in_child(stdout_onto_a_terminal), 0, "the terminal child exited with 0");
        close(master);
    }

    // The children's own checks, as lines of ours.
    close(to_parent[1]);
    char results[4096];
    long n = 0, r;
    while ((r = read(to_parent[0], results + n, sizeof results - 1 - (size_t)n)) > 0) n += r;
    results[n] = '\0';
    out(results);
    if (strncmp(results, "FAIL", 4) == 0 || contains(results, "\nFAIL")) check_failures++;
    return check_result();
}

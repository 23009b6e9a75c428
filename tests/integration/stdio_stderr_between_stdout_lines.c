// stderr is unbuffered and stdout fully buffered into a pipe (C11 7.21.3p7, as glibc does): with
// both on one pipe, a child's stderr line is written when it is printed, before the stdout lines
// printed around it, which exit writes out last. The child names both streams, so both are
// linked and exit flushes stdout, which comes before stderr in the streams it flushes.
#include <stdio.h>
#include <vrt/stdlib.h>
#include <vrt/wait.h>

#include "self_check.h"

// The child's fds 1 and 2 are the one pipe; what it wrote, in order, into text. The child ends
// with exit(0), or returns kChildReturns, which main answers by returning 0 from main.
enum { kChildReturns = -2 };
static long child_output(int end_with_exit, char *text, size_t size) {
    int pipe_fds[2];
    if (pipe(pipe_fds) != 0) return -1;
    pid_t pid = fork();
    if (pid == 0) {
        dup2(pipe_fds[1], 1);
        dup2(pipe_fds[1], 2);
        close(pipe_fds[0]);
        close(pipe_fds[1]);
        printf("first to stdout\n");
        fprintf(stderr, "then stderr\n");
        printf("last to stdout\n");
        if (end_with_exit) exit(0);
        return kChildReturns;
    }
    close(pipe_fds[1]);
    long total = 0, n;
    while ((n = read(pipe_fds[0], text + total, size - 1 - (size_t)total)) > 0) total += n;
    close(pipe_fds[0]);
    text[total] = '\0';
    int status = 0;
    waitpid(pid, &status, 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) return -1;
    return total;
}

int main(void) {
    char text[128];
    const char *expected = "then stderr\nfirst to stdout\nlast to stdout\n";
    long n = child_output(1, text, sizeof text);
    check(n > 0 && strcmp(text, expected) == 0,
          "stdout and stderr share a pipe: stderr's line comes first, stdout's at exit");
    n = child_output(0, text, sizeof text);
    if (n == kChildReturns) return 0;
    check(n > 0 && strcmp(text, expected) == 0, "the same when the child returns from main");
    return check_result();
}

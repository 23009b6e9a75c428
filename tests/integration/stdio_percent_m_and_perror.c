// expect-stdout: No such file or directory|Permission denied|Success
//
// printf's %m is strerror(errno), taking no argument and obeying width and precision like %s;
// perror writes "s: message\n", or the message alone for NULL or "", to stderr, and leaves errno
// as it was. The texts are glibc's (libc/string/strerror.cpp).
#include <stdio.h>

#include "self_check.h"

// What perror(s) writes to stderr with errno set to `error`, read back through a pipe.
static void perror_writes(const char *s, int error, const char *expected, const char *what) {
    int fds[2];
    if (pipe(fds) != 0) return;
    int saved = dup(2);
    dup2(fds[1], 2);
    errno = error;
    perror(s);
    int after = errno;
    dup2(saved, 2);
    close(saved);
    close(fds[1]);
    char text[128];
    long n = read(fds[0], text, sizeof text - 1);
    close(fds[0]);
    text[n > 0 ? n : 0] = '\0';
    check_strings(text, expected, what);
    check_equal(after, error, "perror leaves errno as it was");
}

int main(void) {
    char text[128];
    errno = ENOENT;
    snprintf(text, sizeof text, "%m|%d", 7);
    check_strings(text, "No such file or directory|7", "%m takes no argument");
    errno = EACCES;
    snprintf(text, sizeof text, "[%20.10m]");
    check_strings(text, "[          Permission]", "%m with width and precision");
    errno = ENOENT;
    printf("%m|");
    errno = EACCES;
    printf("%m|");
    errno = 0;
    printf("%m\n");

    perror_writes("perror says", ENOENT, "perror says: No such file or directory\n", "perror with a prefix");
    perror_writes(NULL, EBADF, "Bad file descriptor\n", "perror(NULL): the message alone");
    perror_writes("", EBADF, "Bad file descriptor\n", "perror(\"\"): the message alone");
    return check_result();
}

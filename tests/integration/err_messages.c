// err(3) and warn(3): the program's short name, the message, errno's text; err exits.
// expect-exit: 3
// expect-stdout: before
// expect-stderr: err_messages: plain 7
// expect-stderr: err_messages: with errno: No such file or directory
// expect-stderr: err_messages: No such file or directory
// expect-stderr: err_messages: last 9: Permission denied
#define _GNU_SOURCE
#include <err.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>

int main(void) {
    if (strcmp(program_invocation_short_name, "err_messages") != 0) {
        printf("FAIL program_invocation_short_name is \"%s\"\n", program_invocation_short_name);
        return 1;
    }
    printf("before\n");  // buffered (not a terminal): warn writes it out first
    warnx("plain %d", 7);
    errno = ENOENT;
    warn("with errno");
    warn(NULL);
    if (errno != ENOENT) printf("FAIL warn changed errno to %d\n", errno);
    errno = EACCES;
    err(3, "last %d", 9);
}

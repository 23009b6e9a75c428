// expect-exit: 4
// expect-stdout: written at once
// expect-stdout: printf from main, no newline: from the handler
// expect-stdout: from the destructor
//
// exit() writes out what streams still hold, after the atexit handlers and the .fini_array
// functions (C11 7.22.4.4: handlers first, then "all open streams with unwritten buffered data
// are flushed"), so their printf output comes out too, in order, behind the write(2) that went
// out at once. stdout is a file here: fully buffered. A child checks the same of a fopen'd
// stream, and that _exit writes nothing.
#include <stdio.h>
#include <vrt/stdlib.h>
#include <vrt/wait.h>

#include "self_check.h"

static char path[64];
static pid_t parent;

static void handler(void) { printf(": from the handler\n"); }
__attribute__((destructor)) static void destructor_function(void) {
    if (getpid() == parent) printf("from the destructor\n");  // not in the children
}

// What a child leaves in the file when it ends with `end`(3).
static long file_after_child(void (*end)(int), char *text, size_t size) {
    pid_t pid = fork();
    if (pid == 0) {
        FILE *f = fopen(path, "w");
        if (f) fputs("to a file\n", f);
        end(3);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 3) return -1;
    int fd = open(path, O_RDONLY);
    long n = read(fd, text, size - 1);
    close(fd);
    unlink(path);
    text[n > 0 ? n : 0] = '\0';
    return n;
}

int main(void) {
    parent = getpid();
    snprintf(path, sizeof path, "/tmp/vrt-stdio-exit-%d", (int)parent);
    char text[64];
    check_equal(file_after_child(exit, text, sizeof text), 10, "a fopen'd stream is written out by exit");
    check_strings(text, "to a file\n", "all of it");
    check_equal(file_after_child(_exit, text, sizeof text), 0, "_exit leaves it unwritten");

    atexit(handler);
    printf("printf from main, no newline");
    out("written at once\n");
    exit(check_failures ? 1 : 4);
}

// expect-stdout: a program that names only stdout
// expect-stdout: still has it written out at exit, the last line without its newline
//
// stdin, stdout and stderr are each an object of their own (libc/stdio/stdin.cpp, stdout.cpp,
// stderr.cpp), and the exit flush reaches them through weak references, so this program, which
// names stdout and no other stream, links stdout alone. Its stdout is a file here, fully
// buffered: nothing is written before exit, and everything must be written by it, from a return
// from main as from exit(). No other stdio or self_check.h call, so no other stream is linked.
#include <stdio.h>

int main(void) {
    puts("a program that names only stdout");
    fputs("still has it written out at exit", stdout);
    printf(", the last line %s", "without its newline");
    return 0;
}

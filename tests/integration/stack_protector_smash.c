// cflags: -fstack-protector-all
// expect-signal: 6
// expect-stderr: stack smashing detected
// expect-stdout: before the overflow
//
// Writing past a local array overwrites the canary; the function's epilogue notices and
// __stack_chk_fail kills the process with SIGABRT after saying why, before the corrupted return
// address can be used.
#include "self_check.h"

__attribute__((noinline)) static void overflow(int n) {
    char buffer[16];
    char *volatile p = buffer;  // hides the overflow from the compiler
    for (int i = 0; i < n; ++i) p[i] = 'A';
    __asm__ volatile("" : : "r"(buffer) : "memory");  // the stores are not dead: keep them
}

int main(int argc, char **argv) {
    (void)argv;
    out("before the overflow\n");
    overflow(31 + argc);
    out("FAIL returned from the overflowing function\n");
    return 1;
}

// expect-exit: 3
// expect-stdout: atexit handler
// expect-stdout: destructor function
//
// exit(N) from deep inside the program: the kernel sees N & 0xff (259 becomes 3), after the
// atexit handlers and then the .fini_array functions ran, and nothing after the call runs.
#include <vrt/stdlib.h>

#include "self_check.h"

static void handler(void) { out("atexit handler\n"); }
__attribute__((destructor)) static void destructor_function(void) { out("destructor function\n"); }

__attribute__((noinline)) static void leave(int depth) {
    if (depth == 0) exit(259);
    leave(depth - 1);
    out("FAIL exit returned\n");
}

int main(void) {
    check_equal(atexit(handler), 0, "atexit registers a handler");
    leave(10);
    out("FAIL exit returned to main\n");
    return 0;
}

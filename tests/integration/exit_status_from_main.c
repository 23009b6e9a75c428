// expect-exit: 42
// expect-stdout: atexit handler
//
// Returning from main is exit(main's value): the handlers run and the status reaches the kernel.
#include <vrt/stdlib.h>

#include "self_check.h"

static void handler(void) { out("atexit handler\n"); }

int main(void) {
    check_equal(atexit(handler), 0, "atexit registers a handler");
    return 42;
}

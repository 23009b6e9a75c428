// expect-exit: 7
// expect-stdout: before _exit
//
// _exit(2) ends the process at once: no atexit handler, no C++ destructor, no .fini_array.
#include <vrt/stdlib.h>

#include "self_check.h"

static void handler(void) { out("FAIL an atexit handler ran after _exit\n"); }
__attribute__((destructor)) static void destructor_function(void) {
    out("FAIL a destructor function ran after _exit\n");
}

int main(void) {
    check_equal(atexit(handler), 0, "atexit registers a handler");
    out("before _exit\n");
    _exit(7);
}

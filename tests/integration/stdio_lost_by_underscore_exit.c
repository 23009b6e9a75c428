// expect-exit: 5
// expect-stdout: only this line
//
// _exit ends the process without writing what stdout holds (C11 7.22.4.5 leaves it to the
// implementation; glibc and musl discard it, and so does libvrt): the printf output is lost.
#include <stdio.h>
#include <vrt/stdlib.h>

#include "self_check.h"

int main(void) {
    printf("FAIL this line was written after all\n");
    out("only this line\n");
    _exit(5);
}

/* The stdio hello world of `make bench-stdio` (tests/bench-stdio.mk), compiled unchanged against
 * libvrt, glibc and musl: one puts, so stdout's buffer, its flush at exit and nothing else. */
#include <stdio.h>

int main(void) {
    puts("hello, world");
    return 0;
}

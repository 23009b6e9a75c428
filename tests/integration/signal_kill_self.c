// expect-signal: 15
//
// kill(getpid(), SIGTERM) with SIGTERM's default action ends the process by SIGTERM.
#include <vrt/signal.h>

#include "self_check.h"

int main(void) {
    kill(getpid(), SIGTERM);
    out("FAIL kill(getpid(), SIGTERM) returned\n");
    return 1;
}

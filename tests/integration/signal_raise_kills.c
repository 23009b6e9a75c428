// expect-signal: 14
//
// raise(3) and kill(2): signal 0 probes, bad signals and missing processes fail with the right
// errno, and an unhandled SIGALRM raised at ourselves ends the process by that signal. (SIGALRM
// is 14 on every arch; SIGUSR1 is 10, but 16 on MIPS, and the expected signal is one number.)
// qemu-user-skip: riscv64 (qemu 7.2 reads riscv64's struct sigaction with a restorer field the kernel does not have)
#include <vrt/signal.h>

#include "self_check.h"

int main(void) {
    check_equal(kill(getpid(), 0), 0, "kill(getpid(), 0) finds ourselves");
    check_fails_with(kill(getpid(), 1000), EINVAL, "kill with signal 1000 fails with EINVAL");
    check_fails_with(raise(-1), EINVAL, "raise(-1) fails with EINVAL");
    // The highest pid is below 2^22 (PID_MAX_LIMIT, include/linux/threads.h).
    check_fails_with(kill(0x7ffffff0, 0), ESRCH, "kill of a pid that cannot exist fails with ESRCH");
    raise(SIGALRM);
    out("FAIL raise(SIGALRM) returned\n");
    return 1;
}

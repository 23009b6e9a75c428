// expect-signal: 6
// expect-stdout: before abort
//
// abort(3) kills the process with SIGABRT even while SIGABRT is blocked, and runs no atexit
// handler on the way.
#include <asm/signal.h>
#include <asm/unistd.h>
#include <vrt/stdlib.h>

#include "self_check.h"

static void handler(void) { out("FAIL an atexit handler ran during abort\n"); }

int main(void) {
    check_equal(atexit(handler), 0, "atexit registers a handler");
    // The kernel's sigset (rt_sigprocmask's last argument) is 8 bytes; 16 on MIPS (128 signals).
#ifdef __mips__
    const long sigset_bytes = 16;
#else
    const long sigset_bytes = 8;
#endif
    unsigned long long blocked[2] = {1ull << (SIGABRT - 1), 0}, now[2] = {0, 0};
    check_equal(syscall(__NR_rt_sigprocmask, SIG_BLOCK, blocked, 0, sigset_bytes), 0, "block SIGABRT");
    check_equal(syscall(__NR_rt_sigprocmask, SIG_BLOCK, 0, now, sigset_bytes), 0, "read the signal mask");
    check(now[0] & blocked[0], "SIGABRT is blocked before abort");
    out("before abort\n");
    abort();
}

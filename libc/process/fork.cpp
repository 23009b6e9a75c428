// fork(2) as clone(SIGCHLD), which every arch has (aarch64 and riscv64 have no fork(2)), with the
// argument order arch/<arch>/clone_arch.h knows; and the C half of vfork (arch/<arch>/vfork.S).
#include "clone_arch.h"
#include "libc/errno/c_result.h"
#include <bits/signal.h>

extern "C" {

int fork(void) {
    return vrt::c_result(vrt::arch::clone(SIGCHLD, nullptr, nullptr, nullptr, 0));
}

// vfork.S hands over the raw result here. In the child this runs on the parent's stack, below
// the frame of vfork's caller, which is allowed: the parent rebuilds what it needs from registers.
__attribute__((visibility("hidden"))) long __vrt_vfork_result(long result) {
    return vrt::syscall_return(result);
}

}

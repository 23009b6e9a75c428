// sched_yield(2): always succeeds on Linux.
#include "libc/errno/c_result.h"
#include "sys/kernel.h"

extern "C" int sched_yield(void) { return vrt::c_result(vrt::syscall(__NR_sched_yield)); }

// kill(2), killpg(3) and raise(3). raise targets the calling thread, as POSIX asks.
#include <asm/errno.h>

#include "libc/errno/c_result.h"
#include "sys/kernel.h"

extern "C" {

int kill(int pid, int sig) { return vrt::c_result(vrt::kernel::kill(pid, sig)); }

int killpg(int pgrp, int sig) {
    if (pgrp < 0) return vrt::fail_with(EINVAL);
    return kill(-pgrp, sig);
}

int raise(int sig) {
    long r = vrt::kernel::tgkill(static_cast<int>(vrt::kernel::getpid()),
                                 static_cast<int>(vrt::kernel::gettid()), sig);
    return vrt::c_result(r);
}

}

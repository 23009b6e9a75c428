// kill(2) and raise(3). raise targets the calling thread, as POSIX asks.
#include "sys/errno.h"
#include "sys/kernel.h"

extern "C" {

int kill(int pid, int sig) { return static_cast<int>(vrt::syscall_return(vrt::kernel::kill(pid, sig))); }

int raise(int sig) {
    long r = vrt::kernel::tgkill(static_cast<int>(vrt::kernel::getpid()),
                                 static_cast<int>(vrt::kernel::gettid()), sig);
    return static_cast<int>(vrt::syscall_return(r));
}

}

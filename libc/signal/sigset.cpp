// sigemptyset(3) and its siblings: bit operations on libvrt's sigset_t (libc/signal/sigset.h).
#include <asm/errno.h>

#include "libc/errno/c_result.h"
#include "libc/signal/sigset.h"

namespace {

void fill(sigset_t *set, unsigned long word) {
    for (unsigned long &w : set->__bits) w = word;
}

}  // namespace

extern "C" {

int sigemptyset(sigset_t *set) {
    fill(set, 0);
    return 0;
}

// Every signal the kernel knows, and none of the 128-byte set's bits beyond them.
int sigfillset(sigset_t *set) {
    fill(set, 0);
    for (int sig = 1; sig < _NSIG; ++sig) set->__bits[vrt::signal_word(sig)] |= vrt::signal_bit(sig);
    return 0;
}

int sigaddset(sigset_t *set, int sig) {
    if (!vrt::is_signal_number(sig)) return vrt::fail_with(EINVAL);
    set->__bits[vrt::signal_word(sig)] |= vrt::signal_bit(sig);
    return 0;
}

int sigdelset(sigset_t *set, int sig) {
    if (!vrt::is_signal_number(sig)) return vrt::fail_with(EINVAL);
    set->__bits[vrt::signal_word(sig)] &= ~vrt::signal_bit(sig);
    return 0;
}

int sigismember(const sigset_t *set, int sig) {
    if (!vrt::is_signal_number(sig)) return vrt::fail_with(EINVAL);
    return (set->__bits[vrt::signal_word(sig)] & vrt::signal_bit(sig)) != 0;
}

}

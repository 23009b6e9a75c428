// Where signal n lives in a sigset_t: bit (n - 1) % bits-per-word of word (n - 1) / bits-per-word,
// in C longs, exactly as in the kernel's sigset_t (include/linux/signal.h, sigaddset). So the
// first arch::kernel_sigset_bytes of libvrt's 128-byte sigset_t are the kernel's set, on either
// byte order, and go to the rt_sig* calls as they are.
#pragma once

#include <stddef.h>

#include <vrt/signal.h>

namespace vrt {

constexpr bool is_signal_number(int sig) { return sig >= 1 && sig < _NSIG; }

constexpr size_t signal_word(int sig) { return static_cast<size_t>(sig - 1) / (8 * sizeof(unsigned long)); }

constexpr unsigned long signal_bit(int sig) {
    return 1UL << (static_cast<unsigned>(sig - 1) % (8 * sizeof(unsigned long)));
}

}  // namespace vrt

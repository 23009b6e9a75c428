// arc4random, arc4random_buf and arc4random_uniform (glibc 2.36's API, include/bits/arc4random.h):
// every byte straight from getrandom, which the vDSO serves where the kernel offers it, so a fork
// child never repeats its parent's numbers (the vDSO's state is wiped in the child) and there is
// no generator of libvrt's own to reseed.
#include <asm/errno.h>

#include "crt/fatal.h"
#include "libc/random/uniform.h"
#include "vdso/getrandom.h"
#include "vrt/random.h"

namespace {

void fill(void *buf, size_t n) {
    unsigned char *p = static_cast<unsigned char *>(buf);
    while (n) {
        long got = vrt::vdso::random_bytes(p, n, 0);
        if (got == -EINTR) continue;  // a signal before the RNG was ready: wait again
        if (got <= 0) vrt::fatal("cannot get entropy for arc4random");
        p += got;
        n -= static_cast<size_t>(got);  // the kernel gives at most MAX_RW_COUNT bytes per call
    }
}

}  // namespace

extern "C" {

uint32_t arc4random(void) {
    uint32_t word;
    fill(&word, sizeof word);
    return word;
}

void arc4random_buf(void *buf, size_t n) { fill(buf, n); }

uint32_t arc4random_uniform(uint32_t upper_bound) {
    return vrt::random::uniform_below<uint32_t, uint64_t>(upper_bound, arc4random);
}

}

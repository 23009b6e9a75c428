// getrandom through the vDSO (Linux 6.11 and later), as the kernel's lib/vdso/getrandom.c and
// its selftest tools/testing/selftests/vDSO/vdso_test_getrandom.c lay down the protocol:
//
//   1. Called with (NULL, 0, 0, &params, ~0UL), the vDSO function fills a
//      struct vgetrandom_opaque_params and returns 0: the size of one opaque state, and the
//      mmap protection and flags its memory must have (MAP_DROPPABLE: the kernel may zero it
//      under memory pressure and zeroes it in a fork child, which then reseeds).
//   2. Each state comes from such an mmap and must not straddle a page (else -EFAULT).
//   3. Every call passes the state and its size. A state serves one thread; the vDSO itself
//      marks it in use while inside, so a signal handler that interrupts a call and calls again
//      with the same state is served by the system call instead (its `in_use` flag).
//
// libvrt is single-threaded, so the process has one state, mapped at the first call. Until the
// vDSO has been read (a .preinit_array function running before libvrt's) or when the state
// cannot be had, getrandom is the system call.
#pragma once

#include <stddef.h>
#include <stdint.h>

#include "vdso/resolved.h"
#include "vdso_arch.h"

namespace vrt::vdso {

// struct vgetrandom_opaque_params of include/uapi/linux/random.h (Linux 6.11), spelled out here
// because the UAPI headers libvrt is built against may be older.
struct RandomStateParams {
    uint32_t size_of_opaque_state;
    uint32_t mmap_prot;
    uint32_t mmap_flags;
    uint32_t reserved[13];
};

// The opaque_len that asks for the parameters instead of random bytes.
inline constexpr size_t random_params_request = ~size_t{0};

struct RandomState {
    void *state;      // the mapped state, or null: not mapped (yet, or ever)
    size_t size;      // its size_of_opaque_state, passed as opaque_len on every call
    int claimed;      // set, once, by the call that maps the state (or finds it cannot)
    RandomStateParams params;  // what the vDSO answered, for vrt-vdso info
};

extern RandomState random_state;

// The flags getrandom(2) accepts are GRND_NONBLOCK (1), GRND_RANDOM (2) and GRND_INSECURE (4),
// but not GRND_RANDOM with GRND_INSECURE (drivers/char/random.c): the valid sets are exactly
// 0..5. The vDSO sends unknown bits to the kernel itself, but serves RANDOM|INSECURE, which the
// system call rejects with EINVAL; so anything above 5 goes to the system call, the authority.
inline constexpr unsigned highest_valid_random_flags = 5;

// Only the vDSO: its result (bytes written, or -errno), -ENOSYS where it has no getrandom. A null
// buffer is passed through. Without a state (it could not be mapped) the vDSO is called with
// none, and then makes the system call itself (opaque_len != the state size).
long vdso_random_bytes(void *buf, size_t n, unsigned flags);

// The state, mapping it on the first call; null when there is none (no vDSO getrandom, the
// parameters or the mapping refused, or a signal handler interrupting the call that maps it).
void *random_state_or_map();

// random_bytes when the state is not mapped yet, or the call is not one for the vDSO.
long random_bytes_slowly(void *buf, size_t n, unsigned flags);

// What getrandom(2) does, in the kernel's convention (bytes written, or -errno): the vDSO when it
// can serve, the system call otherwise. A null buffer with a length, and flags the vDSO would
// treat differently, go to the system call, so errors are its errors.
[[gnu::always_inline]] inline long random_bytes(void *buf, size_t n, unsigned flags) {
    const void *function = resolved.functions.getrandom;
    void *state = random_state.state;
    if (function && state && flags <= highest_valid_random_flags && (buf || !n))
        return arch::call_vdso<long>(function, buf, n, flags, state, random_state.size);
    return random_bytes_slowly(buf, n, flags);
}

}  // namespace vrt::vdso

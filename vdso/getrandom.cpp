// The vDSO's getrandom: the process's opaque state, mapped at first use, and the slow paths
// (vdso/getrandom.h describes the kernel's protocol).
#include "vdso/getrandom.h"

#include <asm/errno.h>

#include "sys/kernel.h"
#include "sys/system_call.h"

namespace vrt::vdso {

RandomState random_state;

namespace {

void *map_state(const void *function) {
    RandomStateParams &params = random_state.params;
    long asked = arch::call_vdso<long>(function, static_cast<void *>(nullptr), size_t{0}, 0u,
                                       static_cast<void *>(&params), random_params_request);
    // A non-zero answer means "do not use this function" (lib/vdso/getrandom.c).
    if (asked != 0 || params.size_of_opaque_state == 0) return nullptr;
    // One state at the start of its own page(s): it cannot straddle a page boundary if it fits
    // in one page, and the vDSO refuses (-EFAULT) one that does not.
    size_t length = resolved.page_size;
    if (params.size_of_opaque_state > length) return nullptr;
    long address = kernel::mmap(nullptr, length, static_cast<int>(params.mmap_prot),
                                static_cast<int>(params.mmap_flags), -1, 0);
    if (is_error(address)) return nullptr;
    return reinterpret_cast<void *>(address);
}

}  // namespace

void *random_state_or_map() {
    if (void *state = __atomic_load_n(&random_state.state, __ATOMIC_ACQUIRE)) return state;
    const void *function = resolved.functions.getrandom;
    // Before the vDSO is read nothing is decided: a later call may still map the state.
    if (!function) return nullptr;
    // Only one call maps it. A signal handler interrupting that call finds the claim taken and
    // no state yet, and is served by the system call: it never shares a half-made state.
    int unclaimed = 0;
    if (!__atomic_compare_exchange_n(&random_state.claimed, &unclaimed, 1, false, __ATOMIC_ACQ_REL,
                                     __ATOMIC_ACQUIRE))
        return __atomic_load_n(&random_state.state, __ATOMIC_ACQUIRE);
    void *state = map_state(function);
    if (state) {
        random_state.size = random_state.params.size_of_opaque_state;
        __atomic_store_n(&random_state.state, state, __ATOMIC_RELEASE);
    }
    return state;
}

long vdso_random_bytes(void *buf, size_t n, unsigned flags) {
    const void *function = resolved.functions.getrandom;
    if (!function) return -ENOSYS;
    void *state = random_state_or_map();
    size_t size = state ? random_state.size : 0;
    return arch::call_vdso<long>(function, buf, n, flags, state, size);
}

long random_bytes_slowly(void *buf, size_t n, unsigned flags) {
    if (flags <= highest_valid_random_flags && (buf || !n) && random_state_or_map())
        return arch::call_vdso<long>(resolved.functions.getrandom, buf, n, flags, random_state.state,
                                     random_state.size);
    return kernel::getrandom(buf, n, flags);
}

}  // namespace vrt::vdso

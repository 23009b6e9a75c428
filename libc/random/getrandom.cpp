// getrandom(2), served by the vDSO where the kernel offers it (vdso/getrandom.h), and the two
// explicit paths of <vrt/vdso.h>.
#include "libc/errno/errno_boundary.h"
#include "sys/kernel.h"
#include "vdso/getrandom.h"
#include "vdso_arch.h"

#include <vrt/random.h>
#include <vrt/vdso.h>

extern "C" {

ssize_t getrandom(void *buf, size_t n, unsigned int flags) {
    long r = vrt::vdso::random_bytes(buf, n, flags);
    return r >= 0 ? r : vrt::syscall_return(r);
}

ssize_t vrt_vdso_getrandom(void *buf, size_t n, unsigned int flags) {
    return vrt::vdso::vdso_random_bytes(buf, n, flags);
}

void vrt_vdso_getrandom_state(struct vrt_vdso_random_state *out) {
    const vrt::VdsoNames &names = vrt::arch::vdso_names;
    const void *function = vrt::vdso::resolved.functions.getrandom;
    const void *state = function ? vrt::vdso::random_state_or_map() : nullptr;
    const vrt::vdso::RandomStateParams &p = vrt::vdso::random_state.params;
    *out = {names.getrandom, names.version, function, state, p.size_of_opaque_state, p.mmap_prot, p.mmap_flags};
}

ssize_t vrt_sys_getrandom(void *buf, size_t n, unsigned int flags) {
    return vrt::kernel::getrandom(buf, n, flags);
}

}

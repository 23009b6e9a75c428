// sched_getaffinity(2) and sched_setaffinity(2) as glibc presents them.
#include <sched.h>

#include "libc/errno/c_result.h"
#include "sys/kernel.h"

extern "C" {

// The system call returns how many bytes of the mask it wrote (the kernel's nr_cpu_ids
// rounded up to a long); glibc returns 0 and zeroes the rest of the caller's set, so that
// CPU_ISSET and CPU_COUNT over setsize bytes read no stale bits. A setsize above INT_MAX is
// passed as INT_MAX, as glibc does (the kernel takes an unsigned int length).
int sched_getaffinity(pid_t pid, size_t setsize, cpu_set_t *set) {
    size_t asked = setsize > 0x7fffffff ? 0x7fffffff : setsize;
    long written = vrt::kernel::sched_getaffinity(pid, asked, set);
    if (written < 0) return vrt::c_result(written);
    unsigned char *bytes = reinterpret_cast<unsigned char *>(set);
    for (size_t i = static_cast<size_t>(written); i < setsize; ++i) bytes[i] = 0;
    return 0;
}

int sched_setaffinity(pid_t pid, size_t setsize, const cpu_set_t *set) {
    return vrt::c_result(vrt::kernel::sched_setaffinity(pid, setsize, set));
}

}

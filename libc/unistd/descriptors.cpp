// close_range(2) and getpagesize(2).
#include "crt/process.h"
#include "libc/unistd/system_info.h"
#include "sys/c_result.h"
#include "sys/kernel.h"

extern "C" {

// flags: CLOSE_RANGE_UNSHARE, CLOSE_RANGE_CLOEXEC (linux/close_range.h). Kernels before 5.9
// have no such call: ENOSYS, as from glibc.
int close_range(unsigned int first, unsigned int last, int flags) {
    return vrt::c_result(vrt::kernel::close_range(first, last, static_cast<unsigned>(flags)));
}

// AT_PAGESZ: 4 KiB on most machines, but 64 KiB on Debian's ppc64le kernels, 16 KiB on some
// arm64 and MIPS ones.
int getpagesize(void) { return static_cast<int>(vrt::page_size()); }

}

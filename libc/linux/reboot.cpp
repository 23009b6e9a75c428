// reboot(2), with glibc's one-argument signature: the two magic numbers are libc's to add.
#include <linux/reboot.h>

#include "libc/errno/c_result.h"
#include "sys/kernel.h"

extern "C" int reboot(int command) {
    long r = vrt::kernel::reboot(LINUX_REBOOT_MAGIC1, LINUX_REBOOT_MAGIC2, static_cast<unsigned>(command),
                                 nullptr);
    return vrt::c_result(r);
}

/* System call numbers for syscall() (see unistd.h): SYS_<name> for every __NR_<name> the
 * kernel's <asm/unistd.h> defines for this arch. bits/syscall.h is generated from that header
 * when libvrt is built (scripts/syscall-names.sh), so the list is the kernel's own. */
#ifndef VRT_SYS_SYSCALL_H
#define VRT_SYS_SYSCALL_H

#include <asm/unistd.h>
#include <bits/syscall.h>

#endif

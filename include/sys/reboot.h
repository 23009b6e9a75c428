/* reboot(2) with glibc's one-argument signature: the magic numbers are added
 * here. The RB_* commands are the kernel's LINUX_REBOOT_CMD_* (linux/reboot.h). Needs
 * CAP_SYS_BOOT. Inside a PID namespace other than the first, RB_AUTOBOOT and RB_POWER_OFF /
 * RB_HALT_SYSTEM end the namespace's init instead (it dies as if by SIGHUP / SIGINT), and the
 * other commands fail with EINVAL. Call sync() first: reboot does not. */
#ifndef VRT_SYS_REBOOT_H
#define VRT_SYS_REBOOT_H

#include <linux/reboot.h>
#include <vrt/cdefs.h>

#define RB_AUTOBOOT LINUX_REBOOT_CMD_RESTART
#define RB_HALT_SYSTEM LINUX_REBOOT_CMD_HALT
#define RB_POWER_OFF LINUX_REBOOT_CMD_POWER_OFF
#define RB_ENABLE_CAD LINUX_REBOOT_CMD_CAD_ON
#define RB_DISABLE_CAD LINUX_REBOOT_CMD_CAD_OFF
#define RB_SW_SUSPEND LINUX_REBOOT_CMD_SW_SUSPEND
#define RB_KEXEC LINUX_REBOOT_CMD_KEXEC

VRT_BEGIN_DECLS
/* Returns only on failure (or, for RB_ENABLE_CAD and RB_DISABLE_CAD, with 0). */
int reboot(int command);
VRT_END_DECLS

#endif

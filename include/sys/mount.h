/* mount(2), umount(2) and umount2(2). The MS_* flags are the kernel's (linux/mount.h). */
#ifndef VRT_SYS_MOUNT_H
#define VRT_SYS_MOUNT_H

#include <linux/mount.h>
#include <vrt/cdefs.h>

/* umount2 flags (include/linux/fs.h, not in the UAPI headers). */
#define MNT_FORCE 1
#define MNT_DETACH 2
#define MNT_EXPIRE 4
#define UMOUNT_NOFOLLOW 8

VRT_BEGIN_DECLS
int mount(const char *source, const char *target, const char *type, unsigned long flags,
          const void *data);
int umount(const char *target);
int umount2(const char *target, int flags);
VRT_END_DECLS

#endif

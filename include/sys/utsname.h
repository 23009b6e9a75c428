/* uname(2) (sys/utsname.h(0p)). */
#ifndef VRT_SYS_UTSNAME_H
#define VRT_SYS_UTSNAME_H

#include <vrt/cdefs.h>

/* The kernel's struct new_utsname (linux/utsname.h): six 65-byte strings. */
struct utsname {
    char sysname[65];
    char nodename[65];
    char release[65];
    char version[65];
    char machine[65];
    char domainname[65];
};

VRT_BEGIN_DECLS
int uname(struct utsname *name);
VRT_END_DECLS

#endif

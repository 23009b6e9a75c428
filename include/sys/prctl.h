/* prctl(2); the PR_* options are the kernel's (linux/prctl.h). The four optional arguments are
 * read as unsigned longs: pass 0 for the ones an option does not use. */
#ifndef VRT_SYS_PRCTL_H
#define VRT_SYS_PRCTL_H

#include <linux/prctl.h>
#include <vrt/cdefs.h>

VRT_BEGIN_DECLS
int prctl(int option, ...);
VRT_END_DECLS

#endif

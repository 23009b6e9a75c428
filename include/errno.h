/* errno (errno.h(0p)), read through the libc ABI's __errno_location(), so code written against
 * any libc's <errno.h> links with libvrt. The E* numbers are the kernel's own (asm/errno.h: the
 * generic ones, or the arch's where it numbers them differently, as MIPS does). */
#ifndef VRT_ERRNO_H
#define VRT_ERRNO_H

#include <asm/errno.h>
#include <vrt/cdefs.h>

/* POSIX's ENOTSUP, which Linux does not tell apart from EOPNOTSUPP (one number, as in glibc). */
#ifndef ENOTSUP
#define ENOTSUP EOPNOTSUPP
#endif

VRT_BEGIN_DECLS
int *__errno_location(void) __attribute__((__const__));
#ifdef _GNU_SOURCE
/* argv[0], and what follows its last '/' (program_invocation_name(3)). */
extern char *program_invocation_name;
extern char *program_invocation_short_name;
#endif
VRT_END_DECLS

#define errno (*__errno_location())

#endif

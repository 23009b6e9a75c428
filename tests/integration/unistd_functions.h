/* The <unistd.h> functions the system-functions tests call, with POSIX's signatures, and the
 * _SC_* names they ask sysconf for, with glibc's numbers (bits/confname.h). libvrt's own
 * <unistd.h> declares all of these; until a program can include it here, they are declared
 * in this one place. */
#ifndef VRT_TEST_UNISTD_FUNCTIONS_H
#define VRT_TEST_UNISTD_FUNCTIONS_H

#include <vrt/cdefs.h>
#include <vrt/types.h>

VRT_BEGIN_DECLS
int isatty(int fd);
long sysconf(int name);
int close_range(unsigned int first, unsigned int last, int flags);
int getpagesize(void);
uid_t getuid(void);
uid_t geteuid(void);
gid_t getgid(void);
gid_t getegid(void);
VRT_END_DECLS

#ifndef _SC_ARG_MAX
#define _SC_ARG_MAX 0
#define _SC_CHILD_MAX 1
#define _SC_CLK_TCK 2
#define _SC_NGROUPS_MAX 3
#define _SC_OPEN_MAX 4
#define _SC_PAGESIZE 30
#define _SC_PAGE_SIZE _SC_PAGESIZE
#define _SC_SIGQUEUE_MAX 34
#define _SC_LINE_MAX 43
#define _SC_NPROCESSORS_CONF 83
#define _SC_NPROCESSORS_ONLN 84
#define _SC_PHYS_PAGES 85
#define _SC_AVPHYS_PAGES 86
#define _SC_HOST_NAME_MAX 180
#endif

#endif

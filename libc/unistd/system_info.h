// The <unistd.h> functions this folder defines, with POSIX's signatures. <unistd.h> declares
// them for users; this header lets the definitions here be checked against the same prototypes.
#pragma once

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

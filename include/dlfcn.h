/* dlopen(3) and friends, for the one shared object a static libvrt program has: the vDSO.
 *
 * dlopen of the vDSO's own name (its DT_SONAME: "linux-vdso.so.1", "linux-gate.so.1" on i386,
 * "linux-vdso64.so.1" on ppc64le and s390x), or of "linux-vdso.so.1" or "linux-gate.so.1" on
 * any arch, returns a handle for it, with or without RTLD_NOLOAD; dlsym and dlvsym look its
 * symbols up through libvrt's vDSO reader (dlsym: in any version). Anything else, a null name,
 * RTLD_DEFAULT and RTLD_NEXT among it, fails with NULL and a message from dlerror: libvrt
 * loads no shared object and a static program has no dynamic symbol table to search. */
#ifndef _DLFCN_H
#define _DLFCN_H

#include <vrt/cdefs.h>

/* glibc's values (bits/dlfcn.h of its generic ABI). */
#define RTLD_LAZY 0x00001
#define RTLD_NOW 0x00002
#define RTLD_NOLOAD 0x00004
#define RTLD_DEEPBIND 0x00008
#define RTLD_GLOBAL 0x00100
#define RTLD_LOCAL 0
#define RTLD_NODELETE 0x01000

#define RTLD_DEFAULT ((void *)0)
#define RTLD_NEXT ((void *)-1L)

VRT_BEGIN_DECLS
/* mode must hold RTLD_LAZY or RTLD_NOW. */
void *dlopen(const char *name, int mode);
void *dlsym(void *VRT_RESTRICT handle, const char *VRT_RESTRICT name);
void *dlvsym(void *VRT_RESTRICT handle, const char *VRT_RESTRICT name, const char *VRT_RESTRICT version);
/* The last failure's message, once: NULL when there was none since the last call. */
char *dlerror(void);
/* 0 for the vDSO's handle (which stays usable: the vDSO is never unmapped). */
int dlclose(void *handle);
VRT_END_DECLS

#endif

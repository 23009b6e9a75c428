/* Memory mappings (sys/mman.h(0p)); PROT_*, MAP_* and MADV_* are the kernel's (linux/mman.h).
 * libvrt has mmap, munmap and mprotect only: msync, mlock, madvise, mremap, shm_open... are
 * not declared. */
#ifndef VRT_SYS_MMAN_H
#define VRT_SYS_MMAN_H

#include <bits/types.h>
#include <linux/mman.h>
#include <vrt/cdefs.h>

#define MAP_FAILED ((void *)-1)

VRT_BEGIN_DECLS
/* offset is 64-bit on every arch (mmap2 on 32-bit ones: it must be a multiple of the page). */
void *mmap(void *addr, size_t length, int prot, int flags, int fd, off_t offset);
int munmap(void *addr, size_t length);
int mprotect(void *addr, size_t length, int prot);
VRT_END_DECLS

#endif

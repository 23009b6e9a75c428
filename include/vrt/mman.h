/* Memory mappings; PROT_* and MAP_* are the kernel's (linux/mman.h). */
#ifndef VRT_MMAN_H
#define VRT_MMAN_H

#include <linux/mman.h>
#include <vrt/cdefs.h>
#include <vrt/types.h>

#define MAP_FAILED ((void *)-1)

VRT_BEGIN_DECLS
void *mmap(void *addr, size_t length, int prot, int flags, int fd, off_t offset);
int munmap(void *addr, size_t length);
int mprotect(void *addr, size_t length, int prot);
VRT_END_DECLS

#endif

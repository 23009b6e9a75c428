/* Which CPU the caller runs on, from the vDSO where it has getcpu. */
#ifndef VRT_SCHED_H
#define VRT_SCHED_H

#include <vrt/cdefs.h>

VRT_BEGIN_DECLS
/* cpu and node may each be null; 0 or -1 with errno. */
int getcpu(unsigned int *cpu, unsigned int *node);
/* The current CPU, or -1 with errno. */
int sched_getcpu(void);
VRT_END_DECLS

#endif

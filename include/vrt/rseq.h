/* The rseq area libvrt registers for the process's thread (see sched_getcpu), described as glibc
 * 2.35 does: it lies at the thread pointer plus __rseq_offset, and __rseq_size is 0 while none is
 * registered. libvrt registers it the first time sched_getcpu runs, so a program that wants an
 * area of its own can register it before then (sched_getcpu then uses the vDSO), or, once
 * __rseq_size is non-zero, use libvrt's. */
#ifndef VRT_RSEQ_H
#define VRT_RSEQ_H

#include <stddef.h>
#include <vrt/cdefs.h>

VRT_BEGIN_DECLS
extern ptrdiff_t __rseq_offset;
extern unsigned int __rseq_size;
extern unsigned int __rseq_flags;
VRT_END_DECLS

#endif

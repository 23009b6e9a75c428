/* CPU affinity and the current CPU (<sched.h>, with glibc's GNU CPU_* interface).
 *
 * cpu_set_t is glibc's: CPU_SETSIZE (1024) bits in unsigned longs, CPU n in bit n % LONG_BIT of
 * word n / LONG_BIT, which is also the kernel's cpumask layout (sched_setaffinity(2)). The _S
 * forms take a set of `setsize` bytes, as CPU_ALLOC_SIZE gives, for machines with more CPUs;
 * a CPU at or beyond setsize * 8 is ignored by CPU_SET_S/CPU_CLR_S and reads as clear. */
#ifndef _SCHED_H
#define _SCHED_H

#include <stddef.h>
#include <vrt/cdefs.h>
#include <vrt/types.h>

#define CPU_SETSIZE 1024
#define __CPU_BITS (8 * sizeof(unsigned long))

typedef struct {
    unsigned long __bits[CPU_SETSIZE / (8 * sizeof(unsigned long))];
} cpu_set_t;

/* A set may be larger than cpu_set_t (CPU_ALLOC): it is read through plain pointers, not as
 * __bits[], whose declared bound would not hold. Zeroing and comparing go byte by byte over
 * all setsize bytes; counting and combining go over the whole unsigned longs in them (as
 * glibc's do). */
static __inline__ unsigned long *__vrt_cpu_word(size_t __cpu, size_t __setsize, cpu_set_t *__set) {
    return __cpu / 8 < __setsize ? (unsigned long *)__set + __cpu / __CPU_BITS : (unsigned long *)0;
}
static __inline__ void __vrt_cpu_zero(size_t __setsize, cpu_set_t *__set) {
    size_t __i;
    for (__i = 0; __i < __setsize; ++__i) ((unsigned char *)__set)[__i] = 0;
}
static __inline__ void __vrt_cpu_set(size_t __cpu, size_t __setsize, cpu_set_t *__set) {
    unsigned long *__word = __vrt_cpu_word(__cpu, __setsize, __set);
    if (__word) *__word |= 1UL << (__cpu % __CPU_BITS);
}
static __inline__ void __vrt_cpu_clr(size_t __cpu, size_t __setsize, cpu_set_t *__set) {
    unsigned long *__word = __vrt_cpu_word(__cpu, __setsize, __set);
    if (__word) *__word &= ~(1UL << (__cpu % __CPU_BITS));
}
static __inline__ int __vrt_cpu_isset(size_t __cpu, size_t __setsize, const cpu_set_t *__set) {
    const unsigned long *__words = (const unsigned long *)__set;
    return __cpu / 8 < __setsize && ((__words[__cpu / __CPU_BITS] >> (__cpu % __CPU_BITS)) & 1) != 0;
}
/* A plain loop rather than __builtin_popcountl, which may call libgcc's __popcountdi2. */
static __inline__ int __vrt_cpu_count(size_t __setsize, const cpu_set_t *__set) {
    int __count = 0;
    size_t __i;
    unsigned long __word;
    for (__i = 0; __i < __setsize / sizeof(unsigned long); ++__i)
        for (__word = ((const unsigned long *)__set)[__i]; __word; __word &= __word - 1) ++__count;
    return __count;
}
static __inline__ int __vrt_cpu_equal(size_t __setsize, const cpu_set_t *__a, const cpu_set_t *__b) {
    size_t __i;
    for (__i = 0; __i < __setsize; ++__i)
        if (((const unsigned char *)__a)[__i] != ((const unsigned char *)__b)[__i]) return 0;
    return 1;
}
/* __op: 0 and, 1 or, 2 xor. */
static __inline__ void __vrt_cpu_combine(int __op, size_t __setsize, cpu_set_t *__to, const cpu_set_t *__a,
                                         const cpu_set_t *__b) {
    unsigned long *__t = (unsigned long *)__to;
    const unsigned long *__x = (const unsigned long *)__a, *__y = (const unsigned long *)__b;
    size_t __i;
    for (__i = 0; __i < __setsize / sizeof(unsigned long); ++__i)
        __t[__i] = __op == 0 ? __x[__i] & __y[__i] : __op == 1 ? __x[__i] | __y[__i] : __x[__i] ^ __y[__i];
}

#define CPU_ZERO_S(setsize, set) __vrt_cpu_zero((setsize), (set))
#define CPU_SET_S(cpu, setsize, set) __vrt_cpu_set((cpu), (setsize), (set))
#define CPU_CLR_S(cpu, setsize, set) __vrt_cpu_clr((cpu), (setsize), (set))
#define CPU_ISSET_S(cpu, setsize, set) __vrt_cpu_isset((cpu), (setsize), (set))
#define CPU_COUNT_S(setsize, set) __vrt_cpu_count((setsize), (set))
#define CPU_EQUAL_S(setsize, a, b) __vrt_cpu_equal((setsize), (a), (b))
#define CPU_AND_S(setsize, to, a, b) __vrt_cpu_combine(0, (setsize), (to), (a), (b))
#define CPU_OR_S(setsize, to, a, b) __vrt_cpu_combine(1, (setsize), (to), (a), (b))
#define CPU_XOR_S(setsize, to, a, b) __vrt_cpu_combine(2, (setsize), (to), (a), (b))

#define CPU_ZERO(set) CPU_ZERO_S(sizeof(cpu_set_t), set)
#define CPU_SET(cpu, set) CPU_SET_S(cpu, sizeof(cpu_set_t), set)
#define CPU_CLR(cpu, set) CPU_CLR_S(cpu, sizeof(cpu_set_t), set)
#define CPU_ISSET(cpu, set) CPU_ISSET_S(cpu, sizeof(cpu_set_t), set)
#define CPU_COUNT(set) CPU_COUNT_S(sizeof(cpu_set_t), set)
#define CPU_EQUAL(a, b) CPU_EQUAL_S(sizeof(cpu_set_t), a, b)
#define CPU_AND(to, a, b) CPU_AND_S(sizeof(cpu_set_t), to, a, b)
#define CPU_OR(to, a, b) CPU_OR_S(sizeof(cpu_set_t), to, a, b)
#define CPU_XOR(to, a, b) CPU_XOR_S(sizeof(cpu_set_t), to, a, b)

/* Bytes for a set of `count` CPUs: whole unsigned longs, as the kernel reads them. */
#define CPU_ALLOC_SIZE(count) ((((size_t)(count) + __CPU_BITS - 1) / __CPU_BITS) * sizeof(unsigned long))
#define CPU_ALLOC(count) __sched_cpualloc(count)
#define CPU_FREE(set) __sched_cpufree(set)

VRT_BEGIN_DECLS
/* NULL and ENOMEM when memory is short; the set is not cleared (use CPU_ZERO_S). */
cpu_set_t *__sched_cpualloc(size_t count);
void __sched_cpufree(cpu_set_t *set);

/* pid 0 is the caller. getaffinity returns 0 and clears the bytes of *set beyond the kernel's
 * own mask size; EINVAL when setsize is smaller than the kernel's mask. */
int sched_getaffinity(pid_t pid, size_t setsize, cpu_set_t *set);
int sched_setaffinity(pid_t pid, size_t setsize, const cpu_set_t *set);

/* cpu and node may each be null; 0 or -1 with errno. */
int getcpu(unsigned int *cpu, unsigned int *node);
/* The current CPU, or -1 with errno. */
int sched_getcpu(void);
int sched_yield(void);
VRT_END_DECLS

#endif

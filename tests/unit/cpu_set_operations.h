// The CPU_* macros of one <sched.h>, as plain functions over byte buffers, so that libvrt's
// (cpu_set_ours.cpp, built against include/sched.h) and glibc's (cpu_set_glibc.cpp, against
// the host's) can be run side by side in one test without their headers meeting.
#pragma once

#include <stddef.h>

struct CpuSetOperations {
    void (*zero)(size_t setsize, void *set);
    void (*set)(size_t cpu, size_t setsize, void *set);
    void (*clear)(size_t cpu, size_t setsize, void *set);
    int (*is_set)(size_t cpu, size_t setsize, const void *set);
    int (*count)(size_t setsize, const void *set);
    int (*equal)(size_t setsize, const void *a, const void *b);
    void (*and_)(size_t setsize, void *to, const void *a, const void *b);
    void (*or_)(size_t setsize, void *to, const void *a, const void *b);
    void (*xor_)(size_t setsize, void *to, const void *a, const void *b);
    size_t (*alloc_size)(size_t count);
    size_t fixed_size;  // sizeof(cpu_set_t)
    size_t setsize_max; // CPU_SETSIZE
};

extern const CpuSetOperations ours_cpu_set, glibc_cpu_set;

/* Resource limits and usage (sys/resource.h(0p)). The RLIMIT_* numbers are the kernel's
 * (asm/resource.h; they differ on MIPS and SPARC). Limits are 64-bit on every architecture:
 * they go through prlimit64(2), so a 32-bit program sees and sets the same values a 64-bit one
 * does, RLIM_INFINITY included. libvrt has no getpriority/setpriority: not declared. */
#ifndef VRT_SYS_RESOURCE_H
#define VRT_SYS_RESOURCE_H

#include <asm/resource.h>
#include <bits/timeval.h>
#include <bits/types.h>
#include <vrt/cdefs.h>

/* asm-generic/resource.h's RLIM_INFINITY is a C long: too narrow for rlim_t on 32-bit arches. */
#undef RLIM_INFINITY
#define RLIM_INFINITY (~0ULL)
#define RLIM_SAVED_MAX RLIM_INFINITY
#define RLIM_SAVED_CUR RLIM_INFINITY

typedef unsigned long long rlim_t;

struct rlimit {
    rlim_t rlim_cur;
    rlim_t rlim_max;
};

#define RUSAGE_SELF 0
#define RUSAGE_CHILDREN (-1)
#define RUSAGE_THREAD 1

/* The kernel's fields, with libvrt's 64-bit struct timeval for the two times. */
struct rusage {
    struct timeval ru_utime;
    struct timeval ru_stime;
    long ru_maxrss;
    long ru_ixrss;
    long ru_idrss;
    long ru_isrss;
    long ru_minflt;
    long ru_majflt;
    long ru_nswap;
    long ru_inblock;
    long ru_oublock;
    long ru_msgsnd;
    long ru_msgrcv;
    long ru_nsignals;
    long ru_nvcsw;
    long ru_nivcsw;
};

VRT_BEGIN_DECLS
int getrlimit(int resource, struct rlimit *limit);
int setrlimit(int resource, const struct rlimit *limit);
/* Both at once, for any process (pid 0: the caller); either pointer may be null. */
int prlimit(pid_t pid, int resource, const struct rlimit *limit, struct rlimit *old);
int getrusage(int who, struct rusage *usage);
VRT_END_DECLS

#endif

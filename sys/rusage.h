// The kernel's struct rusage (include/uapi/linux/resource.h): its two times are
// __kernel_old_timeval, C longs, so 32-bit on 32-bit arches; libvrt's struct rusage has 64-bit
// struct timeval. wait4 and getrusage receive the kernel's and widen it.
#pragma once

#include "sys/long_time.h"
#include <vrt/resource.h>

namespace vrt {

struct KernelRusage {
    LongTimeval utime, stime;
    long maxrss, ixrss, idrss, isrss, minflt, majflt, nswap, inblock, oublock, msgsnd, msgrcv,
        nsignals, nvcsw, nivcsw;
};

inline void widen(const KernelRusage &k, struct rusage *u) {
    widen(k.utime, &u->ru_utime);
    widen(k.stime, &u->ru_stime);
    u->ru_maxrss = k.maxrss;
    u->ru_ixrss = k.ixrss;
    u->ru_idrss = k.idrss;
    u->ru_isrss = k.isrss;
    u->ru_minflt = k.minflt;
    u->ru_majflt = k.majflt;
    u->ru_nswap = k.nswap;
    u->ru_inblock = k.inblock;
    u->ru_oublock = k.oublock;
    u->ru_msgsnd = k.msgsnd;
    u->ru_msgrcv = k.msgrcv;
    u->ru_nsignals = k.nsignals;
    u->ru_nvcsw = k.nvcsw;
    u->ru_nivcsw = k.nivcsw;
}

}  // namespace vrt

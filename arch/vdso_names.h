// The vDSO functions libvrt uses, as each arch names them (arch/<arch>/vdso_arch.h fills one
// VdsoNames). A null name means the arch's vDSO has no such function.
#pragma once

namespace vrt {

struct VdsoNames {
    const char *version;         // the version node every name below is defined in
    // int (clockid_t, struct timespec *), with libvrt's 64-bit time_t: the time64 symbol on
    // 32-bit arches, the plain one on 64-bit arches.
    const char *clock_gettime;
    const char *clock_getres;    // same signature
    // On 32-bit arms, a kernel that blanked its time32 symbols left a stale time64 one, so
    // clock_gettime is trusted only if this symbol exists too (null: no such condition).
    const char *clock_gettime_requires;
    // int (struct timeval *, struct timezone *) and time_t (time_t *) with C `long` fields:
    // 32-bit values on 32-bit arches, widened by the caller.
    const char *gettimeofday;
    const char *time;
    const char *getcpu;          // int (unsigned *cpu, unsigned *node, void *cache)
    // ssize_t (void *buffer, size_t len, unsigned flags, void *opaque_state, size_t opaque_len),
    // as include/vdso/getrandom.h declares it (vdso/getrandom.h holds the protocol).
    const char *getrandom;
};

// x86_64's legacy vsyscall page: gettimeofday, time and getcpu at fixed addresses, before the
// vDSO existed. address 0: the arch has none.
struct VsyscallPage {
    unsigned long address;
    unsigned gettimeofday, time, getcpu;  // offsets into the page
};

}  // namespace vrt

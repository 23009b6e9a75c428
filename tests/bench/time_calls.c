/* ns per call of clock_gettime(MONOTONIC), gettimeofday, time and sched_getcpu, built three ways
 * from this one file: on libvrt (-DUSE_VRT, which also measures the floor: the raw vDSO pointer
 * called directly, and the raw system call), on glibc static and on musl static.
 * Prints "<name> <min> <median>" lines, in tenths of a nanosecond per call. */
#ifdef USE_VRT
#include <vrt/sched.h>
#include <vrt/stdio.h>
#include <vrt/time.h>
#include <vrt/vdso.h>
#else
#define _GNU_SOURCE
#include <sched.h>
#include <stdio.h>
#include <sys/time.h>
#include <time.h>
#endif

enum { samples = 201, calls = 1000 };

static long long now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static long long tenths[samples];

static void sort(long long *v, int n) {
    for (int i = 1; i < n; ++i)
        for (int j = i; j > 0 && v[j - 1] > v[j]; --j) {
            long long t = v[j]; v[j] = v[j - 1]; v[j - 1] = t;
        }
}

#define MEASURE(name, call)                                                   \
    do {                                                                      \
        for (int s = 0; s < samples; ++s) {                                   \
            long long start = now();                                          \
            for (int i = 0; i < calls; ++i) { call; }                         \
            tenths[s] = (now() - start) * 10 / calls;                         \
        }                                                                     \
        sort(tenths, samples);                                                \
        printf("%s %lld %lld\n", name, tenths[0], tenths[samples / 2]);     \
    } while (0)

int main(void) {
    struct timespec ts;
    struct timeval tv;
    volatile long sink = 0;
#ifdef USE_VRT
    /* The floor: the vDSO's own functions, called through a plain pointer. */
    typedef int (*cgt_fn)(clockid_t, struct timespec *);
    typedef int (*gtod_fn)(struct timeval *, void *);
    typedef long (*time_fn)(long *);
    typedef int (*getcpu_fn)(unsigned *, unsigned *, void *);
    cgt_fn raw_cgt = (cgt_fn)vrt_vdso_sym("__vdso_clock_gettime", "LINUX_2.6");
    gtod_fn raw_gtod = (gtod_fn)vrt_vdso_sym("__vdso_gettimeofday", "LINUX_2.6");
    time_fn raw_time = (time_fn)vrt_vdso_sym("__vdso_time", "LINUX_2.6");
    getcpu_fn raw_getcpu = (getcpu_fn)vrt_vdso_sym("__vdso_getcpu", "LINUX_2.6");
    if (raw_cgt) MEASURE("floor:clock_gettime", sink += raw_cgt(CLOCK_MONOTONIC, &ts));
    if (raw_gtod) MEASURE("floor:gettimeofday", sink += raw_gtod(&tv, 0));
    if (raw_time) MEASURE("floor:time", sink += raw_time(0));
    if (raw_getcpu) { unsigned c; MEASURE("floor:getcpu", sink += raw_getcpu(&c, 0, 0)); }
    MEASURE("syscall:clock_gettime", sink += vrt_sys_clock_gettime(CLOCK_MONOTONIC, &ts));
#endif
    MEASURE("clock_gettime", sink += clock_gettime(CLOCK_MONOTONIC, &ts));
    MEASURE("gettimeofday", sink += gettimeofday(&tv, 0));
    MEASURE("time", sink += time(0));
    MEASURE("getcpu", sink += sched_getcpu());
    return sink == 42 ? 1 : 0;
}

/* ns per call of getrandom for 4, 16 and 256 bytes, built three ways from this one file: on
 * libvrt (-DUSE_VRT, which also measures the floor: the vDSO's own function called through a
 * plain pointer with a state this program maps itself, following the kernel's protocol, and the
 * raw system call), on glibc static and on musl static (both the system call in the versions
 * Debian 12 ships). Samples of the paths alternate. Prints "<name>:<bytes> <min> <median>"
 * lines, in tenths of a nanosecond per call, and one "state <size> <prot> <flags>" line. */
#ifdef USE_VRT
#include <vrt/mman.h>
#include <vrt/random.h>
#include <vrt/stdio.h>
#include <vrt/time.h>
#include <vrt/vdso.h>
#else
#define _GNU_SOURCE
#include <stdio.h>
#include <sys/random.h>
#include <time.h>
#endif

enum { samples = 201, calls = 1000, path_capacity = 3 };

static long long now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static void sort(long long *v, int n) {
    for (int i = 1; i < n; ++i)
        for (int j = i; j > 0 && v[j - 1] > v[j]; --j) {
            long long t = v[j]; v[j] = v[j - 1]; v[j - 1] = t;
        }
}

static unsigned char buffer[4096];
static volatile long sink;

#ifdef USE_VRT
/* struct vgetrandom_opaque_params (include/uapi/linux/random.h, Linux 6.11). */
struct state_params {
    unsigned size_of_opaque_state, mmap_prot, mmap_flags, reserved[13];
};
typedef long (*vgetrandom_fn)(void *, size_t, unsigned, void *, size_t);
static vgetrandom_fn raw;
static void *raw_state;
static size_t raw_state_size;

static void floor_call(size_t n) { sink += raw(buffer, n, 0, raw_state, raw_state_size); }
static void syscall_call(size_t n) { sink += vrt_sys_getrandom(buffer, n, 0); }
#endif
static void libc_call(size_t n) { sink += getrandom(buffer, n, 0); }

struct path {
    const char *name;
    void (*call)(size_t);
    long long tenths[samples];
};

static void measure(struct path *paths, int count, size_t n) {
    for (int s = 0; s < samples; ++s)
        for (int p = 0; p < count; ++p) {
            long long start = now();
            for (int i = 0; i < calls; ++i) paths[p].call(n);
            paths[p].tenths[s] = (now() - start) * 10 / calls;
        }
    for (int p = 0; p < count; ++p) {
        sort(paths[p].tenths, samples);
        printf("%s:%d %lld %lld\n", paths[p].name, (int)n, paths[p].tenths[0], paths[p].tenths[samples / 2]);
    }
}

int main(void) {
    static struct path paths[path_capacity];
    int count = 0;
    paths[count++] = (struct path){"getrandom", libc_call, {0}};
#ifdef USE_VRT
    raw = (vgetrandom_fn)vrt_vdso_sym("__vdso_getrandom", "LINUX_2.6");
    struct state_params params;
    if (raw && raw(0, 0, 0, &params, ~(size_t)0) == 0) {
        raw_state = mmap(0, 4096, (int)params.mmap_prot, (int)params.mmap_flags, -1, 0);
        raw_state_size = params.size_of_opaque_state;
        if (raw_state != MAP_FAILED) {
            paths[count++] = (struct path){"floor", floor_call, {0}};
            printf("state %u %u %u\n", params.size_of_opaque_state, params.mmap_prot, params.mmap_flags);
        }
    }
    paths[count++] = (struct path){"syscall", syscall_call, {0}};
#endif
    static const size_t sizes[] = {4, 16, 256};
    for (unsigned i = 0; i < sizeof sizes / sizeof sizes[0]; ++i) measure(paths, count, sizes[i]);
    return sink == 42 ? 1 : 0;
}

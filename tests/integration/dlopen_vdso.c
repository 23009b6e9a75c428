// dlopen of the vDSO by the names glibc programs use (the kernel's vdso_test_correctness asks
// for "linux-vdso.so.1", then "linux-gate.so.1", with RTLD_LAZY | RTLD_LOCAL | RTLD_NOLOAD):
// dlsym finds clock_gettime there, and the function it returns reads the clock between two
// system calls; dlvsym checks versions; every other request fails with NULL and a dlerror()
// message that is handed out once. Without a vDSO (qemu-user) dlopen fails the same way.
#include <asm/unistd.h>
#include <dlfcn.h>
#include <vrt/time.h>
#include <vrt/vdso.h>

#include "self_check.h"

// The vDSO's clock_gettime, by each arch's name and version (Documentation/ABI/stable/vdso).
static const char *const names[][2] = {
    {"__vdso_clock_gettime", "LINUX_2.6"},      // x86_64, i386, arm, MIPS, riscv64
    {"__kernel_clock_gettime", "LINUX_2.6.39"},  // aarch64
    {"__kernel_clock_gettime", "LINUX_2.6.15"},  // ppc64le
    {"__kernel_clock_gettime", "LINUX_2.6.29"},  // s390x
    {"__vdso_clock_gettime", "LINUX_4.15"},      // riscv64
    {"__vdso_clock_gettime", "LINUX_2.6.39"},
};

// dlerror's message starts as glibc's does for the same failure.
static int has_message(const char *start) {
    const char *message = dlerror();
    check_that(message != NULL && strncmp(message, start, strlen(start)) == 0, start,
               message ? message : "dlerror() returned NULL");
    return check(dlerror() == NULL, "dlerror hands a message out once");
}

static void failures(void) {
    check(dlerror() == NULL, "dlerror before any failure: NULL");
    check(dlopen("libc.so.6", RTLD_NOW) == NULL, "dlopen of a library: NULL");
    has_message("libc.so.6: cannot open shared object file: ");
    check(dlopen(NULL, RTLD_NOW) == NULL, "dlopen(NULL): NULL");
    has_message("dlopen(NULL): ");
    check(dlopen("linux-vdso.so.1", 0) == NULL, "dlopen without RTLD_LAZY or RTLD_NOW: NULL");
    has_message("invalid mode for dlopen(): Invalid argument");
    check(dlsym(RTLD_DEFAULT, "main") == NULL, "dlsym(RTLD_DEFAULT): NULL");
    has_message("dlsym: RTLD_DEFAULT and RTLD_NEXT are not supported");
    check(dlsym(RTLD_NEXT, "main") == NULL, "dlsym(RTLD_NEXT): NULL");
    has_message("dlsym: RTLD_DEFAULT and RTLD_NEXT are not supported");
    check(dlclose((void *)&failures) != 0, "dlclose of something never opened fails");
    has_message("dlclose: shared object not open");
}

// The vDSO's name ("linux-vdso.so.1", "linux-gate.so.1", "linux-vdso64.so.1") comes first.
static void has_undefined_symbol_message(const char *tail) {
    const char *message = dlerror();
    size_t length = message ? strlen(message) : 0, n = strlen(tail);
    check_that(length > n && strncmp(message, "linux-", 6) == 0 && strcmp(message + length - n, tail) == 0, tail,
               message ? message : "dlerror() returned NULL");
}

static int in_order(struct timespec a, struct timespec b) {
    return a.tv_sec < b.tv_sec || (a.tv_sec == b.tv_sec && a.tv_nsec <= b.tv_nsec);
}

int main(void) {
    failures();
    void *vdso = dlopen("linux-vdso.so.1", RTLD_LAZY | RTLD_LOCAL | RTLD_NOLOAD);
    if (!vrt_vdso_base()) {
        check(vdso == NULL, "without a vDSO, dlopen(\"linux-vdso.so.1\") is NULL");
        has_message("linux-vdso.so.1: cannot open shared object file: ");
        skip("this process has no vDSO (qemu-user): nothing to look up");
        return check_result();
    }
    if (!check(vdso != NULL, "dlopen(\"linux-vdso.so.1\", RTLD_LAZY | RTLD_LOCAL | RTLD_NOLOAD)")) {
        const char *message = dlerror();
        out(message ? message : "(no message)");
        out("\n");
        return 1;
    }
    check(dlopen("linux-gate.so.1", RTLD_LAZY | RTLD_NOLOAD) == vdso, "\"linux-gate.so.1\" is the same handle");
    check(dlopen("linux-vdso.so.1", RTLD_NOW) == vdso, "RTLD_NOW without RTLD_NOLOAD too");

    typedef int (*clock_gettime_type)(clockid_t, struct timespec *);
    clock_gettime_type vdso_clock_gettime = NULL;
    const char *name = NULL;
    for (unsigned i = 0; i < sizeof names / sizeof names[0] && !vdso_clock_gettime; ++i) {
        vdso_clock_gettime = (clock_gettime_type)dlvsym(vdso, names[i][0], names[i][1]);
        name = names[i][0];
    }
    dlerror();  // the misses above left a message
    if (!check(vdso_clock_gettime != NULL, "dlvsym finds the vDSO's clock_gettime in its version")) return 1;
    check((void *)vdso_clock_gettime == dlsym(vdso, name), "dlsym finds the same function in its default version");
    check(dlvsym(vdso, name, "LINUX_0.0") == NULL, "dlvsym in a version the vDSO lacks: NULL");
    has_undefined_symbol_message(", version LINUX_0.0");
    check(dlsym(vdso, "no_such_function") == NULL, "dlsym of a missing name: NULL");
    has_undefined_symbol_message(": undefined symbol: no_such_function");

    // On 32-bit arches this symbol takes the kernel's 32-bit timespec; the checks then only
    // look at the return value.
    struct timespec before, during, after;
    syscall(__NR_clock_gettime, CLOCK_MONOTONIC, &before);
    int r = vdso_clock_gettime(CLOCK_MONOTONIC, &during);
    syscall(__NR_clock_gettime, CLOCK_MONOTONIC, &after);
    check_equal(r, 0, "the function dlsym returned runs and returns 0");
    if (sizeof(long) == 8)
        check(in_order(before, during) && in_order(during, after), "and reads CLOCK_MONOTONIC between two system calls");
    check_equal(dlclose(vdso), 0, "dlclose of the vDSO's handle");
    return check_result();
}

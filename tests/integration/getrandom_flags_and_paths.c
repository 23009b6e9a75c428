// getrandom against the system call, flag set by flag: the same result or the same error for
// every combination of GRND_NONBLOCK, GRND_RANDOM and GRND_INSECURE, for unknown bits, for a
// zero length and for a NULL buffer; the explicit paths (vrt_vdso_getrandom: the vDSO only,
// -ENOSYS where it has no getrandom; vrt_sys_getrandom); a .preinit_array function, the first
// code of the program's own, that calls getrandom and arc4random (the start code has read the
// vDSO by then, so the state is mapped there, at the first call); and, natively where the vDSO exports
// getrandom, a child whose seccomp filter fails the getrandom system call, proving that libvrt's
// getrandom and arc4random stay in user space.
#include <asm/unistd.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <stddef.h>
#include <vrt/random.h>
#include <vrt/vdso.h>
#include <vrt/wait.h>

#include "self_check.h"

static long preinit_result = -1;
static unsigned preinit_word_a, preinit_word_b;
static const void *preinit_vdso;

static void preinit(int argc, char **argv, char **envp) {
    (void)argc, (void)argv, (void)envp;
    unsigned char b[32];
    preinit_vdso = vrt_vdso_base();
    preinit_result = getrandom(b, sizeof b, 0);
    preinit_word_a = arc4random();
    preinit_word_b = arc4random();
}
// Runs before every constructor; the start code reads the vDSO before any .preinit_array entry.
__attribute__((used, section(".preinit_array"))) static void (*const preinit_entry)(int, char **, char **) = preinit;

// The name of a flag combination, for the check lines.
static const char *describe(char *buf, const char *what, unsigned flags) {
    char digits[24];
    size_t n = strlen(what);
    memcpy(buf, what, n);
    memcpy(buf + n, " flags ", 7);
    const char *h = hex(flags, digits);
    memcpy(buf + n + 7, h, strlen(h) + 1);
    return buf;
}

static void same_as_the_system_call(void) {
    static const unsigned flag_sets[] = {0, 1, 2, 3, 4, 5, 6, 7, 8, 0x10, 0x4000, 0x80000000u, 0xffffffffu};
    unsigned char mine[48], kernels[48];
    char what[96];
    for (unsigned i = 0; i < sizeof flag_sets / sizeof flag_sets[0]; ++i) {
        unsigned flags = flag_sets[i];
        long expected = vrt_sys_getrandom(kernels, sizeof kernels, flags);
        errno = 0;
        long got = getrandom(mine, sizeof mine, flags);
        if (expected >= 0)
            check_equal(got, expected, describe(what, "getrandom fills what the system call fills,", flags));
        else
            check_fails_with(got, (int)-expected, describe(what, "getrandom fails as the system call does,", flags));
        expected = vrt_sys_getrandom(0, 16, flags);
        check_fails_with(getrandom(0, 16, flags), (int)-expected,
                         describe(what, "a NULL buffer fails as the system call does,", flags));
        expected = vrt_sys_getrandom(mine, 0, flags);
        errno = 0;
        got = getrandom(mine, 0, flags);
        if (expected >= 0)
            check_equal(got, expected, describe(what, "a zero length returns what the system call returns,", flags));
        else
            check_fails_with(got, (int)-expected,
                             describe(what, "a zero length fails as the system call does,", flags));
    }
    // (The loop above compared it with the system call; here, with what the kernel does.)
    if (under_qemu_user()) {
        skip("a NULL buffer of zero length gives 0: qemu-user 7.2 gives EFAULT for it");
    } else {
        check_equal(getrandom(0, 0, 0), 0, "a NULL buffer of zero length gives 0, as the system call does");
        check_equal(vrt_sys_getrandom(0, 0, 0), 0, "the system call with a NULL buffer of zero length gives 0");
    }
    check_fails_with(getrandom(mine, sizeof mine, GRND_RANDOM | GRND_INSECURE), EINVAL,
                     "GRND_RANDOM with GRND_INSECURE fails with EINVAL");

    // Large requests: the kernel gives at most MAX_RW_COUNT per call; 1 MiB is served whole.
    static unsigned char big[1 << 20];
    check_equal(getrandom(big, sizeof big, 0), sizeof big, "getrandom fills 1 MiB");
    unsigned zero_words = 0;
    for (unsigned i = 0; i + 8 <= sizeof big; i += 8) {
        unsigned long long w;
        memcpy(&w, big + i, 8);
        zero_words += w == 0;
    }
    check_equal(zero_words, 0, "no 8-byte word of 1 MiB is zero");
}

// The vDSO's getrandom, under this arch's name and version, or null.
static void *vdso_getrandom_symbol(void) {
    static const char *const names[][2] = {{"__vdso_getrandom", "LINUX_2.6"},
                                           {"__kernel_getrandom", "LINUX_2.6.39"},
                                           {"__kernel_getrandom", "LINUX_2.6.15"},
                                           {"__kernel_getrandom", "LINUX_2.6.29"},
                                           {"__vdso_getrandom", "LINUX_4.15"}};
    for (unsigned i = 0; i < sizeof names / sizeof names[0]; ++i)
        if (vrt_vdso_sym(names[i][0], names[i][1])) return vrt_vdso_sym(names[i][0], names[i][1]);
    return 0;
}

static void explicit_paths(int vdso_has_it) {
    unsigned char a[16], b[16];
    check_equal(vrt_sys_getrandom(a, sizeof a, 0), sizeof a, "vrt_sys_getrandom fills 16 bytes");
    check_equal(vrt_sys_getrandom(a, sizeof a, 0x4000), -EINVAL, "vrt_sys_getrandom returns -EINVAL, not -1");
    errno = 1234;
    long r = vrt_vdso_getrandom(b, sizeof b, 0);
    check_equal(errno, 1234, "vrt_vdso_getrandom leaves errno alone");
    if (vdso_has_it) {
        check_equal(r, sizeof b, "vrt_vdso_getrandom fills 16 bytes from the vDSO");
        check(memcmp(a, b, sizeof a) != 0, "the vDSO's bytes differ from the system call's");
        check_equal(vrt_vdso_getrandom(b, sizeof b, 0x4000), -EINVAL,
                    "the vDSO hands unknown flags to the kernel: -EINVAL");
    } else {
        check_equal(r, -ENOSYS, "vrt_vdso_getrandom is -ENOSYS where the vDSO has no getrandom");
    }
}

static void in_a_preinit_array_function(void) {
    check(preinit_vdso == vrt_vdso_base(), "the .preinit_array function found the vDSO already read");
    check_equal(preinit_result, 32, "getrandom in a .preinit_array function fills 32 bytes");
    check(preinit_word_a != preinit_word_b, "arc4random in a .preinit_array function gives two different words");
}

// In a child: the getrandom system call fails with EPERM, so what succeeds was served by the
// vDSO. The state is made (and its key drawn from the kernel) before the filter goes on, since
// the child's copy of the parent's state was wiped by fork. Exit status: 0 when all held,
// 1 for getrandom, 2 for arc4random_buf, 255 when the filter could not be installed.
static int served_in_user_space(void) {
    unsigned char b[256];
    if (getrandom(b, sizeof b, 0) != sizeof b) return 1;
    struct sock_filter program[] = {
        BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_getrandom, 0, 1),
        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | EPERM),
        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
    };
    struct sock_fprog fprog = {sizeof program / sizeof program[0], program};
    if (syscall(__NR_prctl, 38 /* PR_SET_NO_NEW_PRIVS */, 1, 0, 0, 0) != 0) return 255;
    if (syscall(__NR_seccomp, SECCOMP_SET_MODE_FILTER, 0, &fprog) != 0) return 255;
    if (vrt_sys_getrandom(b, 16, 0) != -EPERM) return 255;  // the filter does see the system call
    for (int i = 0; i < 1000; ++i)
        if (getrandom(b, 4 + i % 200, 0) != 4 + i % 200) return 1;
    for (int i = 0; i < 100; ++i) arc4random_buf(b, sizeof b);  // would abort, not return 2
    return 0;
}

// The kernel reseeds its generator now and then (a delayed work every uptime/2 seconds early
// after boot, at least 1 s, then every minute: drivers/char/random.c, crng_reseed), and the vDSO
// then takes a fresh key through the system call before it serves again (lib/vdso/getrandom.c,
// the generation check), which the filter fails: on a slow emulated machine a reseed can land
// inside one child's thousand calls (seen on s390x 6.12 under TCG). So up to three fresh
// children try (arc4random_buf aborts where getrandom would fail), and one run without a
// system call is the proof; a getrandom that made the system call on every call fails all three.
static void stays_in_user_space(void) {
    int status = 0;
    for (int attempt = 0; attempt < 3; ++attempt) {
        pid_t pid = fork();
        if (pid == 0) _exit(served_in_user_space());
        waitpid(pid, &status, 0);
        if (WIFEXITED(status) && WEXITSTATUS(status) == 0) break;
        if (!check(!WIFEXITED(status) || WEXITSTATUS(status) != 255, "a child runs under a seccomp filter"))
            return;
    }
    check(WIFEXITED(status), "arc4random_buf made no getrandom system call (it would have aborted)");
    check_equal(WEXITSTATUS(status), 0, "getrandom and arc4random_buf made no getrandom system call");
}

int main(void) {
    int vdso_has_it = vdso_getrandom_symbol() != 0;
    if (under_qemu_user()) check(!vdso_has_it, "qemu-user passes no vDSO: getrandom is the system call");
    in_a_preinit_array_function();
    same_as_the_system_call();
    explicit_paths(vdso_has_it);
    if (vdso_has_it) stays_in_user_space();
    else skip("served in user space: this vDSO has no getrandom");
    return check_result();
}

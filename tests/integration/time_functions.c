// The vDSO-backed time functions against the raw system call, on every arch and under
// qemu-user (no vDSO: the fallback). Each libvrt reading must lie between two system-call
// readings; clock_getres must equal the kernel's for every clock id up to the last auxiliary
// clock (23), whatever the vDSO says; bad clock ids give -1/EINVAL and a NULL timespec
// -1/EFAULT; a process CPU-time clock named by pid works. Natively, a child whose seccomp
// filter fails every time system call proves the vDSO serves the clocks it claims.
#include <asm/unistd.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <stddef.h>
#include <vrt/sched.h>
#include <vrt/time.h>
#include <vrt/vdso.h>
#include <vrt/wait.h>

#include "self_check.h"

static long long ns(const struct timespec *ts) { return ts->tv_sec * 1000000000LL + ts->tv_nsec; }

static void name_with(char *buf, const char *a, long long n, const char *b) {
    char digits[24];
    const char *d = decimal(n, digits);
    size_t la = strlen(a), ld = strlen(d);
    memcpy(buf, a, la);
    memcpy(buf + la, d, ld);
    memcpy(buf + la + ld, b, strlen(b) + 1);
}

// Clock ids 0 to 11 are the classic ones (CLOCK_TAI is 11); Linux 6.17 added auxiliary clocks
// 16 (CLOCK_AUX) to 23 (CLOCK_AUX_LAST) (include/uapi/linux/time.h), which fail where the kernel
// is built without them or the clock is not enabled.
#define LAST_CLOCK_ID 23

static void clocks_between_syscall_readings(void) {
    for (clockid_t c = 0; c <= LAST_CLOCK_ID; ++c) {
        struct timespec before, mine, after, res_sys, res_mine;
        char what[96];
        int rb = vrt_sys_clock_gettime(c, &before);
        int r = clock_gettime(c, &mine);
        int e = errno;
        int ra = vrt_sys_clock_gettime(c, &after);
        if (rb != 0) {
            name_with(what, "clock ", c, ": libvrt fails as the kernel does");
            check_that(r == -1 && -e == rb && ra == rb, what, 0);
            continue;
        }
        name_with(what, "clock ", c, " lies between two syscall readings");
        // CPU-time clocks advance by our own work; the others are monotonic or REALTIME.
        check_that(r == 0 && ns(&before) <= ns(&mine) && ns(&mine) <= ns(&after), what, 0);
        name_with(what, "clock_getres of clock ", c, " equals the kernel's");
        int g1 = clock_getres(c, &res_mine), g2 = vrt_sys_clock_getres(c, &res_sys);
        check_that(g1 == 0 && g2 == 0 && ns(&res_mine) == ns(&res_sys), what, 0);
    }
}

// Whether the clock exists or not: libvrt's clock_getres answers what the system call answers,
// error and resolution alike. On Linux 6.17+ the vDSO's clock_getres says 1 ns for every
// auxiliary clock id, even in a kernel that has none (lib/vdso/gettimeofday.c), where the
// system call gives EINVAL (kernel/time/posix-timers.c).
static void clock_getres_equals_the_kernels(void) {
    for (clockid_t c = -1; c <= LAST_CLOCK_ID + 1; ++c) {
        struct timespec mine = {-1, -1}, kernel = {-1, -1};
        char what[96];
        int r = clock_getres(c, &mine);
        int e = errno;
        int k = vrt_sys_clock_getres(c, &kernel);
        if (k == 0) {
            name_with(what, "clock_getres of clock ", c, " succeeds as the system call does, same resolution");
            check_that(r == 0 && ns(&mine) == ns(&kernel), what, 0);
        } else {
            name_with(what, "clock_getres of clock ", c, " fails as the system call does");
            check_that(r == -1 && -e == k, what, 0);
        }
    }
}

static void bad_input(void) {
    static const clockid_t bad[] = {-1, 12, 100, 2147483647};
    struct timespec ts;
    for (unsigned i = 0; i < sizeof bad / sizeof bad[0]; ++i) {
        char what[96];
        name_with(what, "clock_gettime of bad id ", bad[i], " fails with EINVAL");
        check_fails_with(clock_gettime(bad[i], &ts), EINVAL, what);
        name_with(what, "clock_getres of bad id ", bad[i], " fails with EINVAL");
        check_fails_with(clock_getres(bad[i], &ts), EINVAL, what);
    }
    check_fails_with(clock_gettime(CLOCK_MONOTONIC, 0), EFAULT, "clock_gettime with a NULL timespec fails with EFAULT");
    check_equal(clock_getres(CLOCK_MONOTONIC, 0), 0, "clock_getres with a NULL result succeeds (POSIX)");
    check_fails_with(clock_getres(12, 0), EINVAL, "clock_getres(bad id, NULL) still checks the id");
    check_equal(gettimeofday(0, 0), 0, "gettimeofday(NULL, NULL) succeeds");
    check_equal(getcpu(0, 0), 0, "getcpu(NULL, NULL) succeeds");
}

static void cpu_clock_by_pid(void) {
    // MAKE_PROCESS_CPUCLOCK(pid, CPUCLOCK_SCHED) (include/linux/posix-timers.h): ~pid << 3 | 2.
    clockid_t clock = (clockid_t)((~(unsigned)getpid() << 3) | 2);
    struct timespec a, b;
    int r1 = clock_gettime(clock, &a);
    for (volatile int i = 0; i < 200000; ++i) {}
    int r2 = clock_gettime(clock, &b);
    check_that(r1 == 0 && r2 == 0 && ns(&b) >= ns(&a) && ns(&a) > 0,
               "the CPU-time clock of our own pid reads and advances", 0);
}

static void other_functions(void) {
    struct timeval before, mine, after;
    vrt_sys_gettimeofday(&before, 0);
    int r = gettimeofday(&mine, 0);
    vrt_sys_gettimeofday(&after, 0);
    long long b = before.tv_sec * 1000000LL + before.tv_usec, m = mine.tv_sec * 1000000LL + mine.tv_usec,
              a = after.tv_sec * 1000000LL + after.tv_usec;
    check_that(r == 0 && b <= m && m <= a, "gettimeofday lies between two syscall readings", 0);
    check_that(mine.tv_usec >= 0 && mine.tv_usec < 1000000, "gettimeofday's microseconds are in range", 0);

    time_t t0 = vrt_sys_time(0), t_mine = 0, t = time(&t_mine), t1 = vrt_sys_time(0);
    check_that(t0 <= t && t <= t1 && t == t_mine, "time lies between two syscall readings and fills *t", 0);

    unsigned cpu = ~0u, node = ~0u, sys_cpu = ~0u;
    check_equal(getcpu(&cpu, &node), 0, "getcpu succeeds");
    vrt_sys_getcpu(&sys_cpu, 0);
    check_that(cpu < 4096 && node < 4096, "getcpu gives a plausible cpu and node", 0);
    int s = sched_getcpu();
    check_that(s >= 0 && s < 4096, "sched_getcpu gives a plausible cpu", 0);

    struct timespec start, end, nap = {0, 2000000};
    clock_gettime(CLOCK_MONOTONIC, &start);
    check_equal(nanosleep(&nap, 0), 0, "nanosleep of 2 ms returns 0");
    clock_gettime(CLOCK_MONOTONIC, &end);
    check_that(ns(&end) - ns(&start) >= 2000000, "nanosleep slept at least 2 ms", 0);
    struct timespec until = end;
    until.tv_nsec += 1000000;
    if (until.tv_nsec >= 1000000000) { until.tv_nsec -= 1000000000; until.tv_sec += 1; }
    check_equal(clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &until, 0), 0, "clock_nanosleep to an absolute time");
    clock_gettime(CLOCK_MONOTONIC, &end);
    check_that(ns(&end) >= ns(&until), "clock_nanosleep woke after the absolute time", 0);
    check_equal(clock_nanosleep(12, 0, &nap, 0), EINVAL, "clock_nanosleep returns EINVAL itself, not -1");
    // The kernel answers EOPNOTSUPP; POSIX names EINVAL for the calling thread's CPU-time clock.
    check_equal(clock_nanosleep(CLOCK_THREAD_CPUTIME_ID, 0, &nap, 0), EINVAL,
                "clock_nanosleep on CLOCK_THREAD_CPUTIME_ID returns EINVAL (POSIX), not EOPNOTSUPP");
    struct timespec bad_nap = {0, 1000000000};
    check_fails_with(nanosleep(&bad_nap, 0), EINVAL, "nanosleep with tv_nsec of 10^9 fails with EINVAL");
}

// In a child: every time system call fails with EPERM from seccomp, so a libvrt function that
// succeeds was served by the vDSO. Returns a bit per function that failed.
static int served_without_kernel(const clockid_t *clocks, int count, int want_time, int want_getcpu) {
    static const long candidates[] = {
#ifdef __NR_clock_gettime64
        __NR_clock_gettime64,
#endif
        __NR_clock_gettime, __NR_gettimeofday,
#ifdef __NR_time
        __NR_time,
#endif
        __NR_getcpu};
    struct sock_filter program[2 + 2 * 8];
    int n = 0;
    program[n++] = (struct sock_filter)BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr));
    for (unsigned i = 0; i < sizeof candidates / sizeof candidates[0]; ++i) {
        program[n++] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, (unsigned)candidates[i], 0, 1);
        program[n++] = (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | EPERM);
    }
    program[n++] = (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW);
    struct sock_fprog fprog = {(unsigned short)n, program};
    if (syscall(__NR_prctl, 38 /* PR_SET_NO_NEW_PRIVS */, 1, 0, 0, 0) != 0) return 255;
    if (syscall(__NR_seccomp, SECCOMP_SET_MODE_FILTER, 0, &fprog) != 0) return 255;
    int failed = 0;
    struct timespec ts;
    for (int i = 0; i < count; ++i)
        if (clock_gettime(clocks[i], &ts) != 0) failed |= 1 << i;
    struct timeval tv;
    if (gettimeofday(&tv, 0) != 0) failed |= 1 << count;
    // time() never fails: served by the vDSO it is non-zero, failing it would read 0.
    if (want_time && time(0) <= 0) failed |= 1 << (count + 1);
    unsigned cpu;
    if (want_getcpu && getcpu(&cpu, 0) != 0) failed |= 1 << (count + 2);
    return failed;
}

static void vdso_serves_without_syscalls(void) {
    if (under_qemu_user()) {
        check(vrt_vdso_base() == 0, "qemu-user passes no vDSO and libvrt uses none");
        return;
    }
    if (!check(vrt_vdso_base() != 0, "natively the process has a vDSO")) return;
    static const clockid_t clocks[] = {CLOCK_REALTIME, CLOCK_MONOTONIC, CLOCK_MONOTONIC_RAW, CLOCK_REALTIME_COARSE,
                                       CLOCK_MONOTONIC_COARSE, CLOCK_BOOTTIME, CLOCK_TAI};
    static const char *const names[] = {"REALTIME", "MONOTONIC", "MONOTONIC_RAW", "REALTIME_COARSE",
                                        "MONOTONIC_COARSE", "BOOTTIME", "TAI", "gettimeofday", "time", "getcpu"};
    const int count = sizeof clocks / sizeof clocks[0];
    unsigned c;
    int want_getcpu = vrt_vdso_getcpu(&c, 0) != -38;  // -ENOSYS: this vDSO has no getcpu
    pid_t pid = fork();
    if (pid == 0) _exit(served_without_kernel(clocks, count, 1, want_getcpu));
    int status = 0;
    waitpid(pid, &status, 0);
    if (!check(WIFEXITED(status) && WEXITSTATUS(status) != 255, "a child runs under a seccomp filter")) return;
    int failed = WEXITSTATUS(status);
    for (int i = 0; i < count + 3; ++i) {
        char what[96] = "served without a system call: ";
        memcpy(what + strlen(what), names[i], strlen(names[i]) + 1);
        if (i == count + 2 && !want_getcpu) { skip(what); continue; }
        check(!(failed & (1 << i)), what);
    }
}

int main(void) {
    clocks_between_syscall_readings();
    clock_getres_equals_the_kernels();
    bad_input();
    cpu_clock_by_pid();
    other_functions();
    vdso_serves_without_syscalls();
    return check_result();
}

// prctl(2): the thread name (PR_SET_NAME / PR_GET_NAME and /proc/self/comm), the parent-death
// signal and the child-subreaper flag round trip. Resource limits through prlimit64: a lowered
// RLIMIT_NOFILE reads back and is enforced (EMFILE), RLIM_INFINITY keeps all 64 bits on 32-bit
// arches, and getrusage reports our own usage.
#include <vrt/fcntl.h>
#include <vrt/prctl.h>
#include <vrt/resource.h>
#include <vrt/signal.h>

#include "self_check.h"

static void names_and_flags(void) {
    check_equal(prctl(PR_SET_NAME, (unsigned long)"vrt-prctl-test", 0, 0, 0), 0, "PR_SET_NAME");
    char name[17] = {0};
    check_equal(prctl(PR_GET_NAME, (unsigned long)name, 0, 0, 0), 0, "PR_GET_NAME");
    check_strings(name, "vrt-prctl-test", "PR_GET_NAME returns the name set");
    char comm[64];
    check(read_whole_file("/proc/self/comm", comm, sizeof comm) > 0, "read /proc/self/comm");
    check_strings(comm, "vrt-prctl-test\n", "/proc/self/comm shows the new name");
    check_equal(prctl(PR_SET_NAME, (unsigned long)"a-name-longer-than-fifteen-bytes", 0, 0, 0), 0, "PR_SET_NAME of a long name");
    prctl(PR_GET_NAME, (unsigned long)name, 0, 0, 0);
    check_strings(name, "a-name-longer-t", "the kernel keeps 15 bytes of a name");

    int sig = -1;
    check_equal(prctl(PR_SET_PDEATHSIG, SIGUSR2, 0, 0, 0), 0, "PR_SET_PDEATHSIG");
    check_equal(prctl(PR_GET_PDEATHSIG, (unsigned long)&sig, 0, 0, 0), 0, "PR_GET_PDEATHSIG");
    check_equal(sig, SIGUSR2, "the parent-death signal reads back");
    prctl(PR_SET_PDEATHSIG, 0, 0, 0, 0);

    int subreaper = -1;
    if (under_qemu_user()) {
        skip("PR_SET_CHILD_SUBREAPER: qemu-user 7.2 does not pass it on");
    } else {
        check_equal(prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0), 0, "PR_SET_CHILD_SUBREAPER");
        check_equal(prctl(PR_GET_CHILD_SUBREAPER, (unsigned long)&subreaper, 0, 0, 0), 0, "PR_GET_CHILD_SUBREAPER");
        check_equal(subreaper, 1, "the subreaper flag reads back");
    }
    check_fails_with(prctl(-1, 0, 0, 0, 0), EINVAL, "an unknown prctl option fails with EINVAL");
}

static void limits(void) {
    struct rlimit limit, old;
    check_equal(getrlimit(RLIMIT_NOFILE, &old), 0, "getrlimit(RLIMIT_NOFILE)");
    check(old.rlim_cur >= 20 && old.rlim_cur <= old.rlim_max, "the descriptor limit is plausible");
    limit.rlim_cur = 10;
    limit.rlim_max = old.rlim_max;
    check_equal(setrlimit(RLIMIT_NOFILE, &limit), 0, "setrlimit lowers the soft limit to 10");
    struct rlimit now;
    getrlimit(RLIMIT_NOFILE, &now);
    check(now.rlim_cur == 10 && now.rlim_max == old.rlim_max, "the lowered limit reads back");
    int fds[16], opened = 0, highest = -1;
    for (; opened < 16; ++opened) {
        fds[opened] = open("/dev/null", O_RDONLY);
        if (fds[opened] < 0) break;
        if (fds[opened] > highest) highest = fds[opened];
    }
    check(opened < 10 && highest == 9 && errno == EMFILE, "the limit is enforced: EMFILE past descriptor 9");
    for (int i = 0; i < opened; ++i) close(fds[i]);

    struct rlimit previous;
    check_equal(prlimit(0, RLIMIT_NOFILE, &old, &previous), 0, "prlimit sets and gets at once");
    check(previous.rlim_cur == 10, "prlimit's old value is the lowered limit");

    check_equal(getrlimit(RLIMIT_CPU, &limit), 0, "getrlimit(RLIMIT_CPU)");
    if (limit.rlim_max == RLIM_INFINITY) {
        check(limit.rlim_max == ~0ULL, "RLIM_INFINITY is all 64 bits set");
        limit.rlim_cur = RLIM_INFINITY;
        check_equal(setrlimit(RLIMIT_CPU, &limit), 0, "setrlimit with RLIM_INFINITY");
        getrlimit(RLIMIT_CPU, &now);
        check(now.rlim_cur == ~0ULL, "RLIM_INFINITY reads back with all 64 bits");
    } else {
        skip("RLIM_INFINITY round trip: RLIMIT_CPU has a hard limit here");
    }
    limit.rlim_cur = 2;
    limit.rlim_max = 1;
    check_fails_with(setrlimit(RLIMIT_CPU, &limit), EINVAL, "a soft limit above the hard one fails with EINVAL");

    // Since Linux 6.2 the kernel counts resident pages per CPU and getrusage reads only the
    // total, which lags by up to a batch of 32+ pages per CPU: a program that has touched fewer
    // reads an ru_maxrss of 0 (seen on 6.12 with one CPU). Touching 8 MiB makes it show.
    static char touched[8 << 20];
    for (size_t at = 0; at < sizeof touched; at += 4096) ((volatile char *)touched)[at] = 1;
    struct rusage usage;
    check_equal(getrusage(RUSAGE_SELF, &usage), 0, "getrusage(RUSAGE_SELF)");
    check(usage.ru_maxrss > 0 && usage.ru_utime.tv_usec < 1000000 && usage.ru_stime.tv_usec < 1000000,
          "getrusage reports our peak RSS and plausible times");
}

int main(void) {
    names_and_flags();
    limits();
    return check_result();
}

// sysconf against the sources glibc reads, read here independently: the auxiliary vector
// (AT_PAGESZ, AT_CLKTCK), resource limits (also after lowering them), /proc/sys, /proc/stat's
// cpuN lines, /proc/meminfo; unknown names fail with EINVAL. getpagesize, the uid/gid calls
// against /proc/self/status, isatty on a pseudo-terminal, a pipe, /dev/null and bad
// descriptors, and close_range closing and marking ranges.
#include <linux/close_range.h>
#include <vrt/auxv.h>
#include <vrt/resource.h>

#include "self_check.h"
#include "unistd_functions.h"

// The value after `key` on the line of `text` that starts with it, or -1.
static long long field_after(const char *text, const char *key) {
    size_t n = strlen(key);
    for (const char *line = text; *line; ) {
        if (strncmp(line, key, n) == 0) return parse_decimal(line + n);
        while (*line && *line != '\n') ++line;
        if (*line) ++line;
    }
    return -1;
}

static long long soft_limit(int resource) {
    struct rlimit limit;
    getrlimit(resource, &limit);
    // glibc reports a limit through an unsigned long: RLIM_INFINITY is -1 on every arch.
    return limit.rlim_cur > (unsigned long)-1 ? -1 : (long)(unsigned long)limit.rlim_cur;
}

static void limits(void) {
    check_equal(sysconf(_SC_OPEN_MAX), soft_limit(RLIMIT_NOFILE), "_SC_OPEN_MAX is RLIMIT_NOFILE's soft limit");
    check_equal(sysconf(_SC_CHILD_MAX), soft_limit(RLIMIT_NPROC), "_SC_CHILD_MAX is RLIMIT_NPROC's");
    check_equal(sysconf(_SC_SIGQUEUE_MAX), soft_limit(RLIMIT_SIGPENDING), "_SC_SIGQUEUE_MAX is RLIMIT_SIGPENDING's");
    long long stack = soft_limit(RLIMIT_STACK);
    long long quarter = stack == -1 ? (long long)((unsigned long)-1 / 4) : stack / 4;
    check_equal(sysconf(_SC_ARG_MAX), quarter > 131072 ? quarter : 131072,
                "_SC_ARG_MAX is a quarter of the stack limit, at least 131072");

    struct rlimit lowered = {64, 64};
    struct rlimit old;
    getrlimit(RLIMIT_NOFILE, &old);
    lowered.rlim_max = old.rlim_max;
    check_equal(setrlimit(RLIMIT_NOFILE, &lowered), 0, "lower RLIMIT_NOFILE to 64");
    check_equal(sysconf(_SC_OPEN_MAX), 64, "_SC_OPEN_MAX follows it");
    setrlimit(RLIMIT_NOFILE, &old);
    getrlimit(RLIMIT_STACK, &old);
    struct rlimit stack_limit = {4 << 20, old.rlim_max}, now;
    if (old.rlim_max < stack_limit.rlim_cur) {
        skip("RLIMIT_STACK's hard limit is below 4 MiB");
    } else if (setrlimit(RLIMIT_STACK, &stack_limit) != 0 || getrlimit(RLIMIT_STACK, &now) != 0 ||
               now.rlim_cur != stack_limit.rlim_cur) {
        // qemu-user accepts and ignores it: the limit would apply to the emulator itself.
        skip("setrlimit(RLIMIT_STACK) did not change the limit here");
    } else {
        check_equal(sysconf(_SC_ARG_MAX), 1 << 20, "with RLIMIT_STACK at 4 MiB, _SC_ARG_MAX is 1 MiB");
        stack_limit.rlim_cur = 256 << 10;
        check_equal(setrlimit(RLIMIT_STACK, &stack_limit), 0, "set RLIMIT_STACK to 256 KiB");
        check_equal(sysconf(_SC_ARG_MAX), 131072, "_SC_ARG_MAX is then the historical 131072");
    }
    setrlimit(RLIMIT_STACK, &old);

    char text[64];
    if (read_whole_file("/proc/sys/kernel/ngroups_max", text, sizeof text) > 0)
        check_equal(sysconf(_SC_NGROUPS_MAX), parse_decimal(text), "_SC_NGROUPS_MAX is /proc/sys/kernel/ngroups_max");
    else
        check_equal(sysconf(_SC_NGROUPS_MAX), 65536, "_SC_NGROUPS_MAX without /proc is NGROUPS_MAX");
    check_equal(sysconf(_SC_HOST_NAME_MAX), 64, "_SC_HOST_NAME_MAX is glibc's 64");
    check_equal(sysconf(_SC_LINE_MAX), 2048, "_SC_LINE_MAX is glibc's 2048");
}

static void memory(long page) {
    static char meminfo[8192];
    if (read_whole_file("/proc/meminfo", meminfo, sizeof meminfo) > 0) {
        long long total_kib = field_after(meminfo, "MemTotal:");
        long long free_kib = field_after(meminfo, "MemFree:");
        if (under_qemu_user() && sizeof(long) == 4 && total_kib >= (4ll << 20)) {
            // A 32-bit kernel scales sysinfo's mem_unit when memory passes 4 GiB
            // (kernel/sys.c, do_sysinfo); qemu-user copies the host's 64-bit counts and cuts them.
            skip("_SC_PHYS_PAGES: qemu-user truncates sysinfo's counts for a 32-bit guest on a host with over 4 GiB");
            return;
        }
        check_equal(sysconf(_SC_PHYS_PAGES), total_kib * 1024 / page, "_SC_PHYS_PAGES is MemTotal in pages");
        long long available = (long long)sysconf(_SC_AVPHYS_PAGES) * page / 1024;
        long long difference = available > free_kib ? available - free_kib : free_kib - available;
        check(difference < total_kib / 20, "_SC_AVPHYS_PAGES is MemFree in pages (within 5% of memory: it moves)");
    } else {
        skip("no /proc/meminfo");
    }
}

static void machine(void) {
    long page = sysconf(_SC_PAGESIZE);
    check_equal(page, (long long)getauxval(AT_PAGESZ), "_SC_PAGESIZE is AT_PAGESZ");
    check_equal(sysconf(_SC_PAGE_SIZE), page, "_SC_PAGE_SIZE is the same");
    check_equal(getpagesize(), page, "getpagesize is the same");
    unsigned long hz = getauxval(AT_CLKTCK);
    check_equal(sysconf(_SC_CLK_TCK), hz ? (long long)hz : 100, "_SC_CLK_TCK is AT_CLKTCK");

    static char stat_text[65536];
    if (read_whole_file("/proc/stat", stat_text, sizeof stat_text) > 0) {
        long cpus = 0;
        for (const char *line = stat_text; *line; ) {
            if (line[0] == 'c' && line[1] == 'p' && line[2] == 'u' && line[3] >= '0' && line[3] <= '9') ++cpus;
            while (*line && *line != '\n') ++line;
            if (*line) ++line;
        }
        check_equal(sysconf(_SC_NPROCESSORS_ONLN), cpus, "_SC_NPROCESSORS_ONLN is the number of cpuN lines in /proc/stat");
    } else {
        skip("no /proc/stat");
    }
    check(sysconf(_SC_NPROCESSORS_CONF) >= sysconf(_SC_NPROCESSORS_ONLN), "_SC_NPROCESSORS_CONF >= _SC_NPROCESSORS_ONLN");

    memory(page);

    check_fails_with(sysconf(-1), EINVAL, "sysconf(-1): EINVAL");
    check_fails_with(sysconf(100000), EINVAL, "sysconf of an unknown name: EINVAL");
}

// Field `n` (0 first) of the line of `text` that starts with `key`: "Uid:\treal\teffective...".
static long long nth_field(const char *text, const char *key, int n) {
    size_t length = strlen(key);
    for (const char *line = text; *line; ) {
        if (strncmp(line, key, length) == 0) {
            const char *p = line + length;
            for (int i = 0; i < n; ++i) {
                while (*p == ' ' || *p == '\t') ++p;
                while (*p >= '0' && *p <= '9') ++p;
            }
            return parse_decimal(p);
        }
        while (*line && *line != '\n') ++line;
        if (*line) ++line;
    }
    return -1;
}

static void identity(void) {
    static char status[8192];
    if (read_whole_file("/proc/self/status", status, sizeof status) <= 0) {
        skip("no /proc/self/status");
        return;
    }
    check_equal(getuid(), nth_field(status, "Uid:", 0), "getuid is the real uid of /proc/self/status");
    check_equal(geteuid(), nth_field(status, "Uid:", 1), "geteuid is its effective uid");
    check_equal(getgid(), nth_field(status, "Gid:", 0), "getgid is the real gid");
    check_equal(getegid(), nth_field(status, "Gid:", 1), "getegid is the effective gid");
}

static void terminals(void) {
    int fds[2];
    pipe(fds);
    errno = 0;
    check(isatty(fds[0]) == 0 && errno == ENOTTY, "isatty of a pipe: 0, ENOTTY");
    close(fds[0]);
    close(fds[1]);
    errno = 0;
    check(isatty(fds[0]) == 0 && errno == EBADF, "isatty of a closed descriptor: 0, EBADF");
    errno = 0;
    check(isatty(-1) == 0 && errno == EBADF, "isatty(-1): 0, EBADF");
    int null = open("/dev/null", O_RDWR);
    if (null >= 0) {
        errno = 0;
        check(isatty(null) == 0 && errno == ENOTTY, "isatty of /dev/null: 0, ENOTTY");
        close(null);
    }
    int master = open("/dev/ptmx", O_RDWR | O_NOCTTY);
    if (master < 0) {
        skip("no /dev/ptmx: no terminal to try isatty on");
        return;
    }
    check_equal(isatty(master), 1, "isatty of a pseudo-terminal master: 1");
    close(master);
}

static int is_open(int fd) { return fcntl(fd, F_GETFD) >= 0; }

static void closing_ranges(void) {
    int fds[2];
    pipe(fds);
    for (int fd = 100; fd <= 105; ++fd) dup2(fds[0], fd);
    close(fds[0]);
    close(fds[1]);
    int r = close_range(100, 102, 0);
    if (r == -1 && errno == ENOSYS) {
        skip("close_range: the kernel has no such call (before Linux 5.9)");
        return;
    }
    check_equal(r, 0, "close_range(100, 102, 0)");
    check(!is_open(100) && !is_open(101) && !is_open(102), "closes 100 to 102");
    check(is_open(103), "and nothing after");
    check_equal(close_range(103, 105, CLOSE_RANGE_CLOEXEC), 0, "close_range(103, 105, CLOSE_RANGE_CLOEXEC)");
    check(fcntl(103, F_GETFD) == FD_CLOEXEC && fcntl(105, F_GETFD) == FD_CLOEXEC,
          "marks them close-on-exec and leaves them open");
    check_fails_with(close_range(5, 4, 0), EINVAL, "first > last: EINVAL");
    check_fails_with(close_range(103, 105, 0x40000000), EINVAL, "an unknown flag: EINVAL");
    check(is_open(104), "a failed close_range closes nothing");
    check_equal(close_range(103, ~0U, 0), 0, "close_range(103, ~0U, 0)");
    check(!is_open(103) && !is_open(105), "closes everything from 103 up");
    check(is_open(1), "but not what is below");
}

int main(void) {
    limits();
    machine();
    identity();
    terminals();
    closing_ranges();
    return check_result();
}

// sysconf(3): glibc's answers for each name, computed from the same sources glibc reads, so a
// program sees the same numbers under either. An unknown name is -1 with EINVAL; an answer of
// -1 with errno untouched means "no fixed limit".
#include <asm/errno.h>
#include <linux/fcntl.h>
#include <linux/resource.h>
#include <linux/sysinfo.h>

#include "crt/process.h"
#include "libc/unistd/cpu_list.h"
#include "libc/unistd/sysconf_names.h"
#include "libc/unistd/system_info.h"
#include "libc/errno/errno_boundary.h"
#include "sys/kernel.h"

namespace vrt {
namespace {

// A soft limit as sysconf reports it: RLIM_INFINITY and anything above what a long holds come
// out as glibc's do, through an unsigned long (so -1 on every arch for "unlimited").
unsigned long soft_limit(int resource) {
    struct rlimit64 limit;
    if (kernel::prlimit64(0, resource, nullptr, &limit) < 0) return ~0UL;
    unsigned long long cur = limit.rlim_cur;
    return cur > ~0UL ? ~0UL : static_cast<unsigned long>(cur);
}

// glibc: the larger of the historical ARG_MAX (131072) and a quarter of the stack limit, the
// share of the stack execve(2) lets arguments and environment take (fs/exec.c, get_arg_page).
long argument_max() {
    constexpr unsigned long historical = 131072;
    unsigned long quarter = soft_limit(RLIMIT_STACK) / 4;
    return static_cast<long>(quarter > historical ? quarter : historical);
}
long child_max() { return static_cast<long>(soft_limit(RLIMIT_NPROC)); }
long open_max() { return static_cast<long>(soft_limit(RLIMIT_NOFILE)); }
long sigqueue_max() { return static_cast<long>(soft_limit(RLIMIT_SIGPENDING)); }
long page_size_answer() { return static_cast<long>(page_size()); }

// AT_CLKTCK (include/uapi/linux/auxvec.h: 17) is the kernel's USER_HZ; 100 where absent.
long clock_ticks() {
    uintptr_t hz = 0;
    return find_aux(process.auxv, 17, &hz) && hz ? static_cast<long>(hz) : 100;
}

// Up to `size - 1` bytes of a small /proc or /sys file, NUL-terminated; the length or -errno.
long read_small_file(const char *path, char *buffer, size_t size) {
    long fd = kernel::openat(AT_FDCWD, path, O_RDONLY | O_CLOEXEC, 0);
    if (fd < 0) return fd;
    long length = kernel::read(static_cast<int>(fd), buffer, size - 1);
    kernel::close(static_cast<int>(fd));
    if (length < 0) return length;
    buffer[length] = '\0';
    return length;
}

// /proc/sys/kernel/ngroups_max as glibc reads it; NGROUPS_MAX (65536,
// include/uapi/linux/limits.h) when /proc is not there.
long ngroups_max() {
    char text[32];
    long length = read_small_file("/proc/sys/kernel/ngroups_max", text, sizeof text);
    long value = 0;
    for (long i = 0; i < length && text[i] >= '0' && text[i] <= '9'; ++i) value = value * 10 + (text[i] - '0');
    return value > 0 ? value : 65536;
}

// The CPUs this process may run on: the fallback when /sys is not mounted. A kernel built for
// more than 1024 CPUs refuses this mask (EINVAL), and the answer is then 1.
long affinity_cpu_count() {
    unsigned long mask[1024 / (8 * sizeof(unsigned long))] = {};
    long bytes = kernel::sched_getaffinity(0, sizeof mask, mask);
    long count = 0;
    for (long i = 0; bytes > 0 && i < bytes / static_cast<long>(sizeof(unsigned long)); ++i)
        for (unsigned long word = mask[i]; word; word &= word - 1) ++count;
    return count > 0 ? count : 1;
}

// glibc (2.35 and later) reads the kernel's CPU lists in /sys, and falls back on the affinity
// mask where /sys is not mounted (an initramfs, a bare container).
long cpus_in_list(const char *path) {
    char text[4096];
    long length = read_small_file(path, text, sizeof text);
    long count = length > 0 ? count_cpu_list(text, static_cast<size_t>(length)) : 0;
    return count > 0 ? count : affinity_cpu_count();
}
long processors_configured() { return cpus_in_list("/sys/devices/system/cpu/possible"); }
long processors_online() { return cpus_in_list("/sys/devices/system/cpu/online"); }

// sysinfo(2) counts memory in units of mem_unit bytes.
long pages_of(bool available) {
    struct sysinfo info;
    if (kernel::sysinfo(&info) < 0) return -1;
    unsigned long long units = available ? info.freeram : info.totalram;
    unsigned long long bytes = units * (info.mem_unit ? info.mem_unit : 1);
    return static_cast<long>(bytes / page_size());
}
long physical_pages() { return pages_of(false); }
long available_pages() { return pages_of(true); }

struct Answer {
    SysconfName name;
    long (*compute)();  // null: the answer is `fixed`
    long fixed;
};

// The fixed answers are glibc's, and each is true of Linux and libvrt: limits the kernel sets
// (HOST_NAME_MAX is __NEW_UTS_LEN, IOV_MAX is UIO_MAXIOV), POSIX's minimums glibc reports, and
// -1 where there is no fixed limit.
constexpr Answer answers[] = {
    {sc_arg_max, argument_max, 0},
    {sc_child_max, child_max, 0},
    {sc_clk_tck, clock_ticks, 0},
    {sc_ngroups_max, ngroups_max, 0},
    {sc_open_max, open_max, 0},
    {sc_stream_max, nullptr, 16},
    {sc_tzname_max, nullptr, -1},
    {sc_job_control, nullptr, 1},
    {sc_saved_ids, nullptr, 1},
    {sc_pagesize, page_size_answer, 0},
    {sc_rtsig_max, nullptr, 32},
    {sc_sigqueue_max, sigqueue_max, 0},
    {sc_line_max, nullptr, 2048},
    {sc_iov_max, nullptr, 1024},
    {sc_login_name_max, nullptr, 256},
    {sc_tty_name_max, nullptr, 32},
    {sc_nprocessors_conf, processors_configured, 0},
    {sc_nprocessors_onln, processors_online, 0},
    {sc_phys_pages, physical_pages, 0},
    {sc_avphys_pages, available_pages, 0},
    {sc_monotonic_clock, nullptr, 200809},
    {sc_symloop_max, nullptr, -1},
    {sc_host_name_max, nullptr, 64},
};

}  // namespace
}  // namespace vrt

extern "C" long sysconf(int name) {
    for (const vrt::Answer &answer : vrt::answers)
        if (answer.name == name) return answer.compute ? answer.compute() : answer.fixed;
    return vrt::fail_with(EINVAL);
}

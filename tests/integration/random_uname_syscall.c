// getrandom, uname, the process ids and libc's syscall(), each against the kernel's own view
// in /proc.
#include <asm/unistd.h>
#include <vrt/random.h>
#include <vrt/utsname.h>
#include <vrt/vdso.h>

#include "self_check.h"

static char text[4096];

// /proc/sys/kernel/<name> without its newline.
static const char *kernel_value(const char *name) {
    char path[64] = "/proc/sys/kernel/";
    memcpy(path + strlen(path), name, strlen(name) + 1);
    long n = read_whole_file(path, text, sizeof text);
    if (n > 0 && text[n - 1] == '\n') text[n - 1] = '\0';
    return n > 0 ? text : "(unreadable)";
}

// The number on the line "<key>:" of /proc/self/status (qemu-user fakes /proc/self/stat, with
// a ppid of 0, but shows the real status file, whose ids are the guest's).
static long long status_field(const char *key) {
    read_whole_file("/proc/self/status", text, sizeof text);
    size_t length = strlen(key);
    for (const char *line = text; *line; ++line)
        if ((line == text || line[-1] == '\n') && strncmp(line, key, length) == 0 && line[length] == ':')
            return parse_decimal(line + length + 1);
    return -1;
}

int main(void) {
    unsigned char a[64], b[64];
    check_equal(getrandom(a, sizeof a, 0), sizeof a, "getrandom fills 64 bytes");
    check_equal(getrandom(b, sizeof b, GRND_NONBLOCK), sizeof b, "getrandom with GRND_NONBLOCK fills 64 bytes");
    check(memcmp(a, b, sizeof a) != 0, "two draws differ");
    int nonzero = 0;
    for (unsigned i = 0; i < sizeof a; ++i) nonzero |= a[i];
    check(nonzero, "a draw is not all zeros");
    check_fails_with(getrandom(a, sizeof a, 0x4000), EINVAL, "getrandom with an unknown flag fails with EINVAL");
    check_fails_with(getrandom(0, 16, 0), EFAULT, "getrandom into a NULL buffer fails with EFAULT");
    // Any other bad pointer is undefined (the vDSO writes through it): only the system call's
    // EFAULT is defined.
    check_equal(vrt_sys_getrandom((void *)1, 16, 0), -EFAULT, "the getrandom system call into a bad pointer gives -EFAULT");

    struct utsname name;
    check_equal(uname(&name), 0, "uname");
    check_strings(name.sysname, "Linux", "sysname is Linux");
    check_strings(name.release, kernel_value("osrelease"), "release is /proc/sys/kernel/osrelease");
    check_strings(name.version, kernel_value("version"), "version is /proc/sys/kernel/version");
    check_strings(name.nodename, kernel_value("hostname"), "nodename is /proc/sys/kernel/hostname");
    check(name.machine[0] != '\0', "machine is not empty");
    check_fails_with(uname((struct utsname *)1), EFAULT, "uname into a bad pointer fails with EFAULT");

    check_equal(getpid(), status_field("Pid"), "getpid is Pid in /proc/self/status");
    check_equal(getppid(), status_field("PPid"), "getppid is PPid in /proc/self/status");
    check_equal(gettid(), getpid(), "the only thread's id is the process id");
    check_equal(syscall(__NR_getpid), getpid(), "syscall(__NR_getpid) is getpid()");
    check_equal(syscall(__NR_getppid), getppid(), "syscall(__NR_getppid) is getppid()");
    check_fails_with(syscall(100000), ENOSYS, "syscall of a number that does not exist fails with ENOSYS");
    check_fails_with(syscall(__NR_close, -1), EBADF, "syscall's errors set errno (close(-1): EBADF)");
    char hello[] = "syscall write\n";
    check_equal(syscall(__NR_write, 1, hello, sizeof hello - 1), sizeof hello - 1, "syscall(__NR_write) writes");
    return check_result();
}

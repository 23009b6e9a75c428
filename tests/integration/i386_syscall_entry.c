// arches: i386
//
// Both ways into the kernel on i386. Natively the start code must have pointed
// __vrt_syscall_entry at AT_SYSINFO, the vDSO's __kernel_vsyscall (inside the [vdso] mapping);
// under qemu-user, which passes no AT_SYSINFO, it must have stayed on int $0x80. The same
// system calls, with zero to six arguments, successes and errors, give the same results
// through both entries.
#include <asm/unistd.h>
#include <vrt/auxv.h>
#include <vrt/mman.h>
#include <vrt/random.h>
#include <vrt/utsname.h>

#include "self_check.h"

extern void *__vrt_syscall_entry;  // hidden in libvrt, but this is one static link
extern char __vrt_int80[];

struct Results {
    long pid, ppid, tid, uname, write, bad_fd, bad_fd_errno, no_such_call, no_such_call_errno;
    long random_length, mapping_ok, pread_length, lseek_position;
    char release[65];
    char pread_text[8];
};

// One of each shape: no argument, three, five (_llseek), six (mmap2 uses %ebp), and failures.
static void run_calls(struct Results *r, int fd) {
    struct utsname name;
    unsigned char random[16];
    long long position = 0;
    r->pid = getpid();
    r->ppid = getppid();
    r->tid = gettid();
    r->uname = uname(&name);
    memcpy(r->release, name.release, sizeof r->release);
    r->write = write(fd, "0123456789", 10);
    r->bad_fd = read(-1, random, 1);
    r->bad_fd_errno = errno;
    r->no_such_call = syscall(100000);
    r->no_such_call_errno = errno;
    r->random_length = getrandom(random, sizeof random, 0);
    char *page = mmap(0, 8192, PROT_READ, MAP_PRIVATE, fd, 0);
    r->mapping_ok = page != MAP_FAILED && memcmp(page, "0123456789", 10) == 0;
    if (page != MAP_FAILED) munmap(page, 8192);
    r->pread_length = pread(fd, r->pread_text, 4, 3);
    r->lseek_position = syscall(__NR__llseek, fd, 0, 2, &position, SEEK_SET) == 0 ? (long)position : -1;
}

static int open_scratch(const char *suffix) {
    char path[64] = "/tmp/vrt-entry-", digits[24];
    const char *pid = decimal(getpid(), digits);
    memcpy(path + strlen(path), pid, strlen(pid) + 1);
    memcpy(path + strlen(path), suffix, strlen(suffix) + 1);
    int fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0600);
    syscall(__NR_unlink, path);
    return fd;
}

// The [vdso] line of /proc/self/maps holds `address`.
static int inside_vdso(unsigned long address) {
    static char maps[65536];
    read_whole_file("/proc/self/maps", maps, sizeof maps);
    for (char *line = maps; *line;) {
        char *end = line;
        while (*end && *end != '\n') ++end;
        char saved = *end;
        *end = '\0';
        unsigned long start = 0, stop = 0;
        const char *s = line;
        for (; *s != '-'; ++s) start = start * 16 + (unsigned long)(*s <= '9' ? *s - '0' : *s - 'a' + 10);
        for (++s; *s != ' '; ++s) stop = stop * 16 + (unsigned long)(*s <= '9' ? *s - '0' : *s - 'a' + 10);
        int is_vdso = end - line > 6 && strcmp(end - 6, "[vdso]") == 0;
        *end = saved;
        if (is_vdso) return start <= address && address < stop;
        line = *end ? end + 1 : end;
    }
    return 0;
}

int main(void) {
    unsigned long sysinfo = getauxval(32);  // AT_SYSINFO (asm/auxvec.h, i386 only)
    if (under_qemu_user()) {
        check(sysinfo == 0, "qemu-user passes no AT_SYSINFO");
        check(__vrt_syscall_entry == (void *)__vrt_int80, "so the entry is int $0x80");
    } else {
        check(sysinfo != 0, "the kernel passes AT_SYSINFO");
        check(__vrt_syscall_entry == (void *)sysinfo, "the entry is AT_SYSINFO");
        check(inside_vdso(sysinfo), "AT_SYSINFO lies in the [vdso] mapping");
        check(__vrt_syscall_entry != (void *)__vrt_int80, "which is not int $0x80");
    }

    static struct Results first, second;
    void *entry = __vrt_syscall_entry;
    run_calls(&first, open_scratch("-a"));
    __vrt_syscall_entry = __vrt_int80;
    run_calls(&second, open_scratch("-b"));
    __vrt_syscall_entry = entry;

    check(first.pid > 0 && first.pid == second.pid, "getpid agrees");
    check(first.ppid > 0 && first.ppid == second.ppid, "getppid agrees");
    check(first.tid == first.pid && second.tid == second.pid, "gettid agrees");
    check(first.uname == 0 && second.uname == 0 && strcmp(first.release, second.release) == 0, "uname agrees");
    check(first.write == 10 && second.write == 10, "write agrees");
    check(first.bad_fd == -1 && second.bad_fd == -1 && first.bad_fd_errno == EBADF && second.bad_fd_errno == EBADF,
          "read(-1) fails with EBADF through both");
    check(first.no_such_call == -1 && second.no_such_call == -1 && first.no_such_call_errno == ENOSYS &&
          second.no_such_call_errno == ENOSYS, "an unknown call fails with ENOSYS through both");
    check(first.random_length == 16 && second.random_length == 16, "getrandom agrees");
    check(first.mapping_ok && second.mapping_ok, "mmap2 (six arguments) maps the file through both");
    check(first.pread_length == 4 && second.pread_length == 4 && memcmp(first.pread_text, "3456", 4) == 0 &&
          memcmp(second.pread_text, "3456", 4) == 0, "pread64 (a split offset) agrees");
    check(first.lseek_position == 2 && second.lseek_position == 2, "_llseek (five arguments) agrees");
    return check_result();
}

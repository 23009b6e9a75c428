// mmap, munmap and mprotect, seen through /proc/self/maps; a file mapped at an offset past
// 4 GiB (mmap2 on 32-bit ABIs counts the offset in 4096-byte units); the errors of each.
#include <asm/unistd.h>
#include <vrt/auxv.h>
#include <vrt/mman.h>

#include "self_check.h"

static char maps[1 << 16];

static unsigned long parse_hex(const char **s) {
    unsigned long v = 0;
    for (;; ++*s) {
        char c = **s;
        if (c >= '0' && c <= '9') v = v * 16 + (unsigned long)(c - '0');
        else if (c >= 'a' && c <= 'f') v = v * 16 + (unsigned long)(c - 'a' + 10);
        else return v;
    }
}

// The permissions ("rw-p") of the mapping in /proc/self/maps that holds `address`, or "none".
static const char *protection_at(const void *address) {
    static char perms[5];
    unsigned long a = (unsigned long)address;
    read_whole_file("/proc/self/maps", maps, sizeof maps);
    for (const char *line = maps; *line;) {
        const char *s = line;
        unsigned long start = parse_hex(&s);
        ++s;
        unsigned long end = parse_hex(&s);
        if (start <= a && a < end) {
            memcpy(perms, s + 1, 4);
            perms[4] = '\0';
            return perms;
        }
        while (*line && *line != '\n') ++line;
        if (*line) ++line;
    }
    return "none";
}

int main(void) {
    const long page = (long)getauxval(AT_PAGESZ);
    char *p = mmap(0, 3 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (!check(p != MAP_FAILED, "mmap 3 anonymous pages")) return 1;
    check(((unsigned long)p & (page - 1)) == 0, "the mapping is page-aligned");
    check(p[0] == 0 && p[3 * page - 1] == 0, "anonymous memory starts zeroed");
    memset(p, 'x', 3 * page);
    check_strings(protection_at(p + page), "rw-p", "/proc/self/maps shows it read-write");
    check_equal(mprotect(p + page, page, PROT_READ), 0, "mprotect the middle page read-only");
    check_strings(protection_at(p + page), "r--p", "/proc/self/maps shows the middle page read-only");
    check_strings(protection_at(p), "rw-p", "and the first page still read-write");
    check(p[page] == 'x', "the read-only page keeps its bytes");
    check_equal(munmap(p, page), 0, "munmap the first page");
    check_strings(protection_at(p), "none", "/proc/self/maps no longer has it");
    check_fails_with(munmap(p + page + 1, page), EINVAL, "munmap at an unaligned address fails with EINVAL");
    check_fails_with(mprotect(p + 1, page, PROT_READ), EINVAL, "mprotect at an unaligned address fails with EINVAL");
    check_equal(munmap(p + page, 2 * page), 0, "munmap the rest");

    check(mmap(0, page, PROT_READ, MAP_PRIVATE, -1, 0) == MAP_FAILED && errno == EBADF,
          "mmap of file descriptor -1 without MAP_ANONYMOUS fails with EBADF");
    check(mmap(0, 0, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0) == MAP_FAILED && errno == EINVAL,
          "mmap of 0 bytes fails with EINVAL");

    char path[64] = "/tmp/vrt-mmap-", digits[24];
    const char *pid = decimal(getpid(), digits);
    memcpy(path + strlen(path), pid, strlen(pid) + 1);
    int fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0600);
    if (!check(fd >= 0, "create a file to map")) return 1;
    const long long far = 5ll << 30;  // page-aligned for every page size up to 1 GiB
    check_equal(pwrite(fd, "near", 4, 2 * page), 4, "write at page 2");
    check_equal(pwrite(fd, "far!", 4, far), 4, "write at 5 GiB");
    char *near = mmap(0, page, PROT_READ, MAP_SHARED, fd, 2 * page);
    check(near != MAP_FAILED && memcmp(near, "near", 4) == 0, "mmap at offset 2 pages sees what was written there");
    if (sizeof(void *) == 4 && under_qemu_user()) {
        skip("mmap past 4 GiB: qemu-user 7.2 cuts a 32-bit guest's mmap2 offset to 32 bits");
    } else {
        char *distant = mmap(0, page, PROT_READ, MAP_SHARED, fd, far);
        check(distant != MAP_FAILED && memcmp(distant, "far!", 4) == 0, "mmap at offset 5 GiB sees what was written there");
    }
    check(mmap(0, page, PROT_READ, MAP_SHARED, fd, 100) == MAP_FAILED && errno == EINVAL,
          "mmap at an offset that is not page-aligned fails with EINVAL");
    close(fd);
    syscall(__NR_unlinkat, AT_FDCWD, path, 0);
    return check_result();
}

// read, write, open, lseek, pread and pwrite on a temporary file, including offsets past 4 GiB
// (which 32-bit ABIs pass in two registers and which need O_LARGEFILE), and the errors of each.
#include <asm/unistd.h>

#include "self_check.h"

static const long long far = 5ll << 30;  // 5 GiB: a sparse hole before it

int main(void) {
    char path[64] = "/tmp/vrt-file-io-", digits[24];
    {
        const char *pid = decimal(getpid(), digits);
        memcpy(path + strlen(path), pid, strlen(pid) + 1);
    }
    int fd = open(path, O_RDWR | O_CREAT | O_EXCL, 0600);
    if (!check(fd >= 0, "open creates a new file")) return 1;
    check_fails_with(open(path, O_RDWR | O_CREAT | O_EXCL, 0600), EEXIST, "O_EXCL on an existing file fails with EEXIST");

    check_equal(write(fd, "hello world", 11), 11, "write 11 bytes");
    check_equal(lseek(fd, 0, SEEK_CUR), 11, "the offset is after them");
    check_equal(lseek(fd, 0, SEEK_SET), 0, "lseek back to 0");
    char buf[32] = {0};
    check_equal(read(fd, buf, 5), 5, "read 5 bytes");
    check(memcmp(buf, "hello", 5) == 0, "they are the first 5");
    check_equal(pread(fd, buf, 5, 6), 5, "pread 5 bytes at offset 6");
    check(memcmp(buf, "world", 5) == 0, "they are the last 5");
    check_equal(lseek(fd, 0, SEEK_CUR), 5, "pread leaves the offset alone");
    check_equal(pwrite(fd, "W", 1, 6), 1, "pwrite 1 byte at offset 6");
    check_equal(lseek(fd, 0, SEEK_CUR), 5, "pwrite leaves the offset alone");

    int other = open(path, O_RDONLY);
    check(other >= 0 && other != fd, "open the file a second time");
    check_equal(read(other, buf, sizeof buf), 11, "the second descriptor reads the whole file");
    check(memcmp(buf, "hello World", 11) == 0, "and sees the pwrite");
    check_equal(read(other, buf, sizeof buf), 0, "read at the end returns 0");

    check_equal(pwrite(fd, "tail", 4, far), 4, "pwrite 4 bytes at 5 GiB");
    check_equal(lseek(fd, 0, SEEK_END), far + 4, "the file now ends 4 bytes after 5 GiB");
    check_equal(lseek(other, far + 1, SEEK_SET), far + 1, "lseek to 5 GiB + 1");
    check_equal(read(other, buf, 8), 3, "read there gets the 3 last bytes");
    check(memcmp(buf, "ail", 3) == 0, "which are \"ail\"");
    check_equal(pread(other, buf, 4, far), 4, "pread at 5 GiB");
    check(memcmp(buf, "tail", 4) == 0, "gets \"tail\"");
    check_equal(pread(other, buf, 4, far - 4), 4, "pread just before 5 GiB");
    check(buf[0] == 0 && buf[3] == 0, "reads the hole as zeros");
    check_fails_with(lseek(fd, -1, SEEK_SET), EINVAL, "lseek to -1 fails with EINVAL");

    check_equal(close(other), 0, "close the second descriptor");
    check_fails_with(close(other), EBADF, "closing it again fails with EBADF");
    check_fails_with(read(other, buf, 1), EBADF, "read on a closed descriptor fails with EBADF");
    check_fails_with(write(-1, "x", 1), EBADF, "write on -1 fails with EBADF");
    check_fails_with(write(fd, (const void *)1, 1), EFAULT, "write from a bad pointer fails with EFAULT");
    check_equal(close(fd), 0, "close the file");
    check_equal(syscall(__NR_unlinkat, AT_FDCWD, path, 0), 0, "remove the file");
    check_fails_with(open(path, O_RDONLY), ENOENT, "opening it now fails with ENOENT");
    return check_result();
}

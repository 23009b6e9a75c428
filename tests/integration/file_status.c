// stat, lstat, fstat and fstatat against what the test did to the file: its type, mode, size
// (5 GiB + 4 on every arch: 64-bit sizes and blocks), owner, link count, times (between two
// clock readings around the write), inode and device (the same through every call and through
// readdir), a symlink seen by lstat and through by stat, a device node's st_rdev; and each bad
// input failing with glibc's errno (ENOENT, ENOTDIR, EBADF, EFAULT, EINVAL).
#include <dirent.h>
#include <sys/stat.h>
#include <vrt/stat.h>
#include <vrt/time.h>

#include "self_check.h"
#include "unistd_functions.h"

static const long long far = 5ll << 30;

static void path_with_pid(char *out, const char *prefix) {
    char digits[24];
    const char *pid = decimal(getpid(), digits);
    size_t n = strlen(prefix);
    memcpy(out, prefix, n);
    memcpy(out + n, pid, strlen(pid) + 1);
}

static int same_file(const struct stat *a, const struct stat *b) {
    return a->st_dev == b->st_dev && a->st_ino == b->st_ino && a->st_mode == b->st_mode &&
           a->st_size == b->st_size && a->st_nlink == b->st_nlink && a->st_mtim.tv_sec == b->st_mtim.tv_sec &&
           a->st_mtim.tv_nsec == b->st_mtim.tv_nsec;
}

// ts in [low, high], both inclusive.
static int between(struct timespec low, struct timespec ts, struct timespec high) {
    int after_low = ts.tv_sec > low.tv_sec || (ts.tv_sec == low.tv_sec && ts.tv_nsec >= low.tv_nsec);
    int before_high = ts.tv_sec < high.tv_sec || (ts.tv_sec == high.tv_sec && ts.tv_nsec <= high.tv_nsec);
    return after_low && before_high;
}

static void regular_file(const char *path) {
    struct timespec before, after;
    // File times come from the coarse clock (current_time(), fs/inode.c): it may lag the fine one.
    clock_gettime(CLOCK_REALTIME_COARSE, &before);
    int fd = open(path, O_RDWR | O_CREAT | O_EXCL, 0640);
    if (!check(fd >= 0, "create a file")) return;
    check_equal(write(fd, "hello", 5), 5, "write 5 bytes");
    clock_gettime(CLOCK_REALTIME, &after);
    after.tv_sec += 1;

    struct stat st;
    if (!check_equal(stat(path, &st), 0, "stat")) return;
    check(S_ISREG(st.st_mode), "S_ISREG");
    check(!S_ISDIR(st.st_mode) && !S_ISLNK(st.st_mode) && !S_ISCHR(st.st_mode), "and no other type");
    check_equal(st.st_mode & 07777, 0640, "the mode bits are those created (umask 0)");
    check_equal(st.st_size, 5, "st_size");
    check_equal((long long)st.st_nlink, 1, "st_nlink");
    check_equal(st.st_uid, geteuid(), "st_uid is our effective uid");
    check_equal(st.st_gid, getegid(), "st_gid is our effective gid");
    check(st.st_blksize > 0, "st_blksize is positive");
    check(between(before, st.st_mtim, after), "st_mtim lies between the clock readings around the write");
    check(between(before, st.st_ctim, after), "st_ctim too");
    check_equal(st.st_mtime, st.st_mtim.tv_sec, "st_mtime is st_mtim.tv_sec");
    check(st.st_mtim.tv_nsec >= 0 && st.st_mtim.tv_nsec < 1000000000, "tv_nsec is in range");

    struct stat by_fd, by_at;
    check_equal(fstat(fd, &by_fd), 0, "fstat");
    check(same_file(&st, &by_fd), "fstat describes the same file as stat");
    check_equal(fstatat(AT_FDCWD, path, &by_at, 0), 0, "fstatat(AT_FDCWD)");
    check(same_file(&st, &by_at), "and so does fstatat");
    check_equal(fstatat(fd, "", &by_at, AT_EMPTY_PATH), 0, "fstatat(fd, \"\", AT_EMPTY_PATH)");
    check(same_file(&st, &by_at), "which is the file itself");

    check_equal(pwrite(fd, "tail", 4, far), 4, "pwrite 4 bytes at 5 GiB");
    check_equal(fstat(fd, &by_fd), 0, "fstat the sparse file");
    check_equal(by_fd.st_size, far + 4, "st_size holds 5 GiB + 4 (64 bits on every arch)");
    check(by_fd.st_blocks * 512 < far, "the hole is not counted in st_blocks");
    check(by_fd.st_blocks > 0, "the data is");
    close(fd);
}

static void links_and_directories(const char *dir) {
    char file[96], link[96];
    memcpy(file, dir, strlen(dir) + 1);
    memcpy(file + strlen(file), "/f", 3);
    memcpy(link, dir, strlen(dir) + 1);
    memcpy(link + strlen(link), "/l", 3);
    check_equal(mkdir(dir, 0755), 0, "mkdir a directory");
    int fd = open(file, O_WRONLY | O_CREAT, 0600);
    check(fd >= 0, "create a file in it");
    close(fd);
    check_equal(symlink("f", link), 0, "symlink to it");

    struct stat st_dir, st_file, st_link, st_through;
    check_equal(stat(dir, &st_dir), 0, "stat the directory");
    check(S_ISDIR(st_dir.st_mode), "S_ISDIR");
    check((long long)st_dir.st_nlink >= 2, "a directory has at least two links");
    check_equal(lstat(link, &st_link), 0, "lstat the link");
    check(S_ISLNK(st_link.st_mode), "lstat sees the link: S_ISLNK");
    check_equal(st_link.st_size, 1, "a symlink's size is its target's length");
    check_equal(stat(link, &st_through), 0, "stat the link");
    check_equal(stat(file, &st_file), 0, "stat the file");
    check(S_ISREG(st_through.st_mode) && same_file(&st_through, &st_file), "stat follows the link to the file");
    int dirfd_ = open(dir, O_RDONLY | O_DIRECTORY);
    check_equal(fstatat(dirfd_, "l", &st_through, AT_SYMLINK_NOFOLLOW), 0, "fstatat relative, AT_SYMLINK_NOFOLLOW");
    check(same_file(&st_through, &st_link), "is lstat");
    check_fails_with(fstatat(dirfd_, "f/x", &st_through, 0), ENOTDIR, "a path through a file: ENOTDIR");
    check_fails_with(fstatat(dirfd_, "f", &st_through, 0x40000000), EINVAL, "an unknown flag: EINVAL");

    // readdir's d_ino and stat's st_ino name the same inode.
    DIR *d = fdopendir(dirfd_);
    struct dirent *e;
    int matched = 0;
    while (d && (e = readdir(d)) != NULL)
        if (strcmp(e->d_name, "f") == 0) matched = e->d_ino == st_file.st_ino;
    check(matched, "readdir's d_ino is stat's st_ino");
    if (d) closedir(d);
    check(st_file.st_dev == st_dir.st_dev, "files of one directory share st_dev");
    unlink(link);
    unlink(file);
    rmdir(dir);
}

// /dev/null is character device 1:3 (Documentation/admin-guide/devices.txt).
static void device_node(void) {
    struct stat st;
    if (stat("/dev/null", &st) != 0) {
        skip("no /dev/null here");
        return;
    }
    check(S_ISCHR(st.st_mode), "/dev/null is a character device");
    check_equal((long long)st.st_rdev, (long long)makedev(1, 3), "its st_rdev is makedev(1, 3)");
    check_equal(major(st.st_rdev), 1, "major 1");
    check_equal(minor(st.st_rdev), 3, "minor 3");
}

static void bad_input(const char *path) {
    struct stat st;
    check_fails_with(stat("/nonexistent-vrt-file", &st), ENOENT, "stat of a missing file: ENOENT");
    check_fails_with(stat("", &st), ENOENT, "stat(\"\"): ENOENT");
    check_fails_with(lstat("", &st), ENOENT, "lstat(\"\"): ENOENT");
    check_fails_with(stat(NULL, &st), EFAULT, "stat(NULL): EFAULT");
    check_fails_with(stat(path, NULL), EFAULT, "stat into NULL: EFAULT");
    check_fails_with(fstat(-1, &st), EBADF, "fstat(-1): EBADF");
    check_fails_with(fstat(AT_FDCWD, &st), EBADF, "fstat(AT_FDCWD): EBADF, not the working directory");
    check_fails_with(fstat(1000000, &st), EBADF, "fstat of a closed descriptor: EBADF");
    check_fails_with(fstatat(1000000, "x", &st, 0), EBADF, "fstatat relative to a closed descriptor: EBADF");
}

int main(void) {
    char path[64], dir[64];
    umask(0);
    path_with_pid(path, "/tmp/vrt-stat-");
    path_with_pid(dir, "/tmp/vrt-stat-dir-");
    regular_file(path);
    links_and_directories(dir);
    device_node();
    bad_input(path);
    unlink(path);
    return check_result();
}

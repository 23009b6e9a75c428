// Changing the file tree in a temporary directory: mkdir (and EEXIST), symlink read back with
// readlink, a FIFO from mknod, chdir and fchdir, access, umask's effect on new modes, unlink,
// rmdir and remove (a file, or an empty directory, as glibc's) with their failures; and reading
// and writing /proc and /sys files.
#include <vrt/fcntl.h>
#include <vrt/stat.h>
#include <vrt/stdio.h>

#include "self_check.h"

static char dir[256], sub[300], symlink_name[300], fifo[300], file[300];

static void tree(void) {
    snprintf(dir, sizeof dir, "/tmp/vrt-tree-%d", getpid());
    snprintf(sub, sizeof sub, "%s/sub", dir);
    snprintf(symlink_name, sizeof symlink_name, "%s/link", dir);
    snprintf(fifo, sizeof fifo, "%s/fifo", dir);
    snprintf(file, sizeof file, "%s/sub/file", dir);

    mode_t old_mask = umask(022);
    check_equal(umask(027), 022, "umask returns the previous mask");
    check_equal(mkdir(dir, 0777), 0, "mkdir");
    check_fails_with(mkdir(dir, 0777), EEXIST, "mkdir of an existing directory fails with EEXIST");
    check_equal(mkdir(sub, 0777), 0, "mkdir of a subdirectory");
    check_fails_with(mkdir("/nonexistent/x", 0777), ENOENT, "mkdir under a missing directory fails with ENOENT");

    check_equal(symlink("sub/file", symlink_name), 0, "symlink");
    char target[64] = {0};
    check_equal(readlink(symlink_name, target, sizeof target), 8, "readlink returns the target's length");
    check_strings(target, "sub/file", "readlink returns the target");
    check_fails_with(symlink("elsewhere", symlink_name), EEXIST, "symlink over an existing name fails with EEXIST");
    check_fails_with(access(symlink_name, F_OK), ENOENT, "access follows a dangling symlink: ENOENT");

    int fd = open(file, O_WRONLY | O_CREAT, 0666);
    check(fd >= 0, "create a file through the new directory");
    write(fd, "data", 4);
    close(fd);
    check_equal(access(symlink_name, R_OK), 0, "access through the symlink once its target exists");
    check_fails_with(access(file, X_OK), EACCES, "a file created with 0666 under umask 027 is not executable");

    check_equal(mknod(fifo, S_IFIFO | 0600, 0), 0, "mknod of a FIFO");
    fd = open(fifo, O_RDONLY | O_NONBLOCK);
    check(fd >= 0, "the FIFO opens");
    close(fd);
    check_fails_with(mknod(fifo, S_IFCHR | 0600, makedev(1, 3)), EEXIST, "mknod over an existing name fails with EEXIST");
    check_fails_with(mknod("/tmp/x", S_IFCHR | 0600, makedev(5000, 1)), EOVERFLOW,
                     "mknod of a major above 4095 fails with EOVERFLOW");
    check(major(makedev(259, 70000)) == 259 && minor(makedev(259, 70000)) == 70000, "makedev, major, minor round trip");

    int here = open(".", O_RDONLY | O_DIRECTORY);
    check_equal(chdir(sub), 0, "chdir");
    fd = open("file", O_RDONLY);
    char data[8] = {0};
    check_equal(read(fd, data, sizeof data), 4, "a relative open after chdir finds the file");
    close(fd);
    check_equal(fchdir(here), 0, "fchdir back");
    check_fails_with(access("file", F_OK), ENOENT, "the relative name is gone after fchdir");
    close(here);
    check_fails_with(chdir(file), ENOTDIR, "chdir to a file fails with ENOTDIR");

    check_fails_with(rmdir(dir), ENOTEMPTY, "rmdir of a non-empty directory fails with ENOTEMPTY");
    check_equal(unlink(symlink_name), 0, "unlink the symlink");
    check_equal(remove(fifo), 0, "remove of a FIFO unlinks it");
    check_fails_with(remove(sub), ENOTEMPTY, "remove of a non-empty directory fails with rmdir's ENOTEMPTY");
    check_equal(unlink(file), 0, "unlink the file");
    check_fails_with(unlink(file), ENOENT, "unlink of a missing file fails with ENOENT");
    check_fails_with(remove(file), ENOENT, "remove of a missing file fails with ENOENT");
    check_fails_with(unlink(sub), EISDIR, "unlink of a directory fails with EISDIR");
    check_equal(remove(sub), 0, "remove of an empty directory removes it");
    check_fails_with(access(sub, F_OK), ENOENT, "the removed directory is gone");
    check_equal(rmdir(dir), 0, "rmdir the temporary directory");
    umask(old_mask);
}

static void proc_and_sys(void) {
    char text[256];
    check(read_whole_file("/proc/sys/kernel/ostype", text, sizeof text) > 0, "read /proc/sys/kernel/ostype");
    check_strings(text, "Linux\n", "/proc says Linux");
    check(read_whole_file("/proc/self/stat", text, sizeof text) > 0, "read /proc/self/stat");
    check_equal(parse_decimal(text), getpid(), "/proc/self/stat starts with our pid");

    int fd = open("/proc/self/comm", O_WRONLY);
    check(fd >= 0, "open /proc/self/comm for writing");
    check_equal(write(fd, "vrt-proc-write", 14), 14, "write /proc/self/comm");
    close(fd);
    read_whole_file("/proc/self/comm", text, sizeof text);
    check_strings(text, "vrt-proc-write\n", "the name written to /proc reads back");

    if (read_whole_file("/sys/devices/system/cpu/online", text, sizeof text) < 0)
        skip("reading /sys: no sysfs here");
    else
        check(text[0] == '0', "/sys/devices/system/cpu/online starts with cpu 0");
}

int main(void) {
    tree();
    proc_and_sys();
    return check_result();
}

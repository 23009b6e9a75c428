// The POSIX file calls in a temporary directory, each checked against the file system's state
// (stat, readlink, the raw getcwd call) and each bad input against glibc's errno: getcwd and
// getcwd(NULL, 0), rename/renameat, link/linkat, fsync/fdatasync, truncate/ftruncate, the
// chmod and chown families, mkstemp's names and modes, and realpath through ".", "..",
// relative and absolute symlinks, with ENOENT, ENOTDIR, ELOOP and ENAMETOOLONG.
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "self_check.h"

static char dir[128];

static void name_in(char *buf, size_t size, const char *leaf) { snprintf(buf, size, "%s/%s", dir, leaf); }

static long long size_of(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 ? (long long)st.st_size : -1;
}

static unsigned mode_of(const char *path) {
    struct stat st;
    return lstat(path, &st) == 0 ? (unsigned)(st.st_mode & 07777) : 0xffffffffu;
}

static void make_file(const char *path, const char *text) {
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd >= 0) {
        write(fd, text, strlen(text));
        close(fd);
    }
}

static void working_directory(void) {
    char raw[PATH_MAX], mine[PATH_MAX];
    long n = syscall(SYS_getcwd, raw, sizeof raw);
    check(n > 0, "the raw getcwd call");
    check(getcwd(mine, sizeof mine) == mine, "getcwd into a buffer returns the buffer");
    check_strings(mine, raw, "getcwd equals the raw call");
    char *owned = getcwd(NULL, 0);
    check(owned != NULL, "getcwd(NULL, 0) allocates");
    if (owned) check_strings(owned, raw, "getcwd(NULL, 0) equals the raw call");
    free(owned);
    owned = getcwd(NULL, (size_t)n + 10);
    check(owned != NULL, "getcwd(NULL, size) allocates size bytes");
    free(owned);
    errno = 0;
    check(getcwd(mine, 0) == NULL && errno == EINVAL, "getcwd(buf, 0) fails with EINVAL");
    errno = 0;
    check(getcwd(mine, (size_t)n - 1) == NULL && errno == ERANGE, "getcwd into too small a buffer fails with ERANGE");
    errno = 0;
    check(getcwd(NULL, 1) == NULL && errno == ERANGE, "getcwd(NULL, 1) fails with ERANGE");
}

static void renames_and_links(void) {
    char a[200], b[200], c[200], sub[200];
    name_in(a, sizeof a, "a");
    name_in(b, sizeof b, "b");
    name_in(c, sizeof c, "c");
    name_in(sub, sizeof sub, "sub");
    make_file(a, "hello");
    check_equal(rename(a, b), 0, "rename");
    check_fails_with(access(a, F_OK), ENOENT, "rename: the old name is gone");
    check_equal(size_of(b), 5, "rename: the new name has the file");
    check_fails_with(rename(a, c), ENOENT, "rename of a missing file fails with ENOENT");
    check_equal(mkdir(sub, 0755), 0, "mkdir for the rename tests");
    check_fails_with(rename(b, sub), EISDIR, "rename of a file over a directory fails with EISDIR");
    int dfd = open(dir, O_RDONLY | O_DIRECTORY);
    check_equal(renameat(dfd, "b", dfd, "sub/b"), 0, "renameat relative to a directory descriptor");
    check_equal(size_of("/proc/self/cwd/.") >= 0, 1, "stat still works");
    char moved[220];
    snprintf(moved, sizeof moved, "%s/b", sub);
    check_equal(size_of(moved), 5, "renameat moved the file");
    check_fails_with(renameat(-1, "b", dfd, "x"), EBADF, "renameat with a bad descriptor and a relative name fails with EBADF");

    check_equal(link(moved, a), 0, "link");
    struct stat one, two;
    stat(moved, &one);
    stat(a, &two);
    check(one.st_ino == two.st_ino, "link: both names are the same inode");
    check_equal((long long)two.st_nlink, 2, "link: the link count is 2");
    check_fails_with(link(moved, a), EEXIST, "link over an existing name fails with EEXIST");
    check_fails_with(link(c, b), ENOENT, "link of a missing file fails with ENOENT");
    check_fails_with(link(sub, b), EPERM, "link of a directory fails with EPERM");
    check_equal(symlink("a", c), 0, "symlink for linkat");
    check_equal(linkat(dfd, "c", dfd, "b", 0), 0, "linkat without AT_SYMLINK_FOLLOW");
    check(mode_of(b) != 0xffffffffu && (lstat(b, &two), S_ISLNK(two.st_mode)), "linkat without AT_SYMLINK_FOLLOW links the symlink itself");
    unlink(b);
    check_equal(linkat(dfd, "c", dfd, "b", AT_SYMLINK_FOLLOW), 0, "linkat with AT_SYMLINK_FOLLOW");
    lstat(b, &two);
    check(S_ISREG(two.st_mode) && two.st_ino == one.st_ino, "linkat with AT_SYMLINK_FOLLOW links the target");
    check_fails_with(linkat(dfd, "a", dfd, "d", 0x12345), EINVAL, "linkat with unknown flags fails with EINVAL");
    unlink(b);
    unlink(c);
    unlink(a);
    unlink(moved);
    rmdir(sub);
    close(dfd);
}

static void sizes_and_sync(void) {
    char f[200];
    name_in(f, sizeof f, "sized");
    make_file(f, "0123456789");
    check_equal(truncate(f, 4), 0, "truncate");
    check_equal(size_of(f), 4, "truncate shortened the file");
    long long big = 5LL << 30;  // past 4 GiB: the 64-bit length must reach the kernel whole
    int r = truncate(f, big);
    if (r == 0) check_equal(size_of(f), big, "truncate to 5 GiB (a sparse file) on every arch");
    else check(errno == EFBIG, "truncate to 5 GiB fails only with EFBIG where the file system cannot");
    check_fails_with(truncate(f, -1), EINVAL, "truncate to a negative length fails with EINVAL");
    check_fails_with(truncate("/nonexistent/x", 0), ENOENT, "truncate of a missing file fails with ENOENT");
    int fd = open(f, O_RDWR);
    check_equal(ftruncate(fd, 7), 0, "ftruncate");
    check_equal(size_of(f), 7, "ftruncate set the size");
    r = ftruncate(fd, big + 3);
    if (r == 0) check_equal(size_of(f), big + 3, "ftruncate past 4 GiB");
    else check(errno == EFBIG, "ftruncate past 4 GiB fails only with EFBIG");
    check_fails_with(ftruncate(fd, -5), EINVAL, "ftruncate to a negative length fails with EINVAL");
    check_equal(fsync(fd), 0, "fsync");
    check_equal(fdatasync(fd), 0, "fdatasync");
    close(fd);
    fd = open(f, O_RDONLY);
    check_fails_with(ftruncate(fd, 0), EINVAL, "ftruncate of a read-only descriptor fails with EINVAL");
    close(fd);
    check_fails_with(fsync(-1), EBADF, "fsync(-1) fails with EBADF");
    check_fails_with(fdatasync(-1), EBADF, "fdatasync(-1) fails with EBADF");
    check_fails_with(ftruncate(-1, 0), EBADF, "ftruncate(-1) fails with EBADF");
    unlink(f);
}

static void modes_and_owners(void) {
    char f[200], l[200];
    name_in(f, sizeof f, "moded");
    name_in(l, sizeof l, "moded-link");
    make_file(f, "x");
    symlink("moded", l);
    check_equal(chmod(f, 0640), 0, "chmod");
    check_equal(mode_of(f), 0640, "chmod set the mode");
    int fd = open(f, O_RDONLY);
    check_equal(fchmod(fd, 0604), 0, "fchmod");
    check_equal(mode_of(f), 0604, "fchmod set the mode");
    check_equal(fchmodat(AT_FDCWD, l, 0600, 0), 0, "fchmodat follows a symlink");
    check_equal(mode_of(f), 0600, "fchmodat changed the target");
    check_fails_with(fchmodat(AT_FDCWD, l, 0644, AT_SYMLINK_NOFOLLOW), EOPNOTSUPP,
                     "fchmodat(AT_SYMLINK_NOFOLLOW) on a symlink fails with EOPNOTSUPP, as glibc");
    int r = fchmodat(AT_FDCWD, f, 0664, AT_SYMLINK_NOFOLLOW);
    if (r == 0) check_equal(mode_of(f), 0664, "fchmodat(AT_SYMLINK_NOFOLLOW) on a file changes it");
    else skip("fchmodat(AT_SYMLINK_NOFOLLOW) on a file: no /proc/self/fd here");
    check_fails_with(fchmodat(AT_FDCWD, f, 0644, 0x4000), EINVAL, "fchmodat with unknown flags fails with EINVAL");
    check_fails_with(chmod("/nonexistent/x", 0644), ENOENT, "chmod of a missing file fails with ENOENT");
    check_fails_with(fchmod(-1, 0644), EBADF, "fchmod(-1) fails with EBADF");

    uid_t me = geteuid();
    gid_t group = getegid();
    check_equal(chown(f, me, group), 0, "chown to oneself");
    check_equal(fchown(fd, (uid_t)-1, (gid_t)-1), 0, "fchown with -1 ids changes nothing and succeeds");
    check_equal(lchown(l, me, group), 0, "lchown of the symlink itself");
    check_equal(fchownat(AT_FDCWD, f, me, group, AT_SYMLINK_NOFOLLOW), 0, "fchownat");
    struct stat st;
    stat(f, &st);
    check(st.st_uid == me && st.st_gid == group, "the owner is still the caller");
    check_fails_with(chown("/nonexistent/x", me, group), ENOENT, "chown of a missing file fails with ENOENT");
    check_fails_with(fchown(-1, me, group), EBADF, "fchown(-1) fails with EBADF");
    check_fails_with(fchownat(AT_FDCWD, f, me, group, 0x4000), EINVAL, "fchownat with unknown flags fails with EINVAL");
    if (me != 0) {
        check_fails_with(chown(f, me + 1, group), EPERM, "chown to another user fails with EPERM when not root");
    } else {
        check_equal(fchown(fd, 12345, 23456), 0, "fchown to other ids as root");
        stat(f, &st);
        check(st.st_uid == 12345 && st.st_gid == 23456, "fchown's 32-bit ids reach the file whole");
        check_equal(lchown(l, 4242, 4343), 0, "lchown as root");
        struct stat link_st;
        lstat(l, &link_st);
        stat(f, &st);
        check(link_st.st_uid == 4242 && st.st_uid == 12345, "lchown changed the link, not its target");
    }
    close(fd);
    unlink(l);
    unlink(f);
}

static void temporary_files(void) {
    char name[200];
    snprintf(name, sizeof name, "%s/tmpXXXXXX", dir);
    int fd = mkstemp(name);
    check(fd >= 0, "mkstemp");
    check(strncmp(name, dir, strlen(dir)) == 0 && strstr(name, "XXXXXX") == NULL, "mkstemp replaced the Xs");
    const char *suffix = name + strlen(name) - 6;
    int letters = 1;
    for (int i = 0; i < 6; ++i) {
        char ch = suffix[i];
        if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9'))) letters = 0;
    }
    check(letters, "mkstemp's suffix is letters and digits");
    check_equal(mode_of(name), 0600, "mkstemp creates mode 0600");
    check_equal(write(fd, "abc", 3), 3, "mkstemp's descriptor is writable");
    check_equal(lseek(fd, 0, SEEK_SET), 0, "and seekable");
    char back[4] = {0};
    check_equal(read(fd, back, 3), 3, "and readable (O_RDWR)");
    close(fd);
    char second[200];
    snprintf(second, sizeof second, "%s/tmpXXXXXX", dir);
    int fd2 = mkstemp(second);
    check(fd2 >= 0 && strcmp(second, name) != 0, "a second mkstemp gives another name");
    close(fd2);
    unlink(second);
    unlink(name);

    char bad[200];
    snprintf(bad, sizeof bad, "%s/tmpXXXXX", dir);
    char before[200];
    strcpy(before, bad);
    check_fails_with(mkstemp(bad), EINVAL, "mkstemp with five Xs fails with EINVAL");
    check_strings(bad, before, "and leaves the template alone");
    char tail[] = "XXXXXXa";
    check_fails_with(mkstemp(tail), EINVAL, "mkstemp whose Xs are not last fails with EINVAL");
    char missing[] = "/nonexistent/dir/tmpXXXXXX";
    check_fails_with(mkstemp(missing), ENOENT, "mkstemp in a missing directory fails with ENOENT");
}

static void resolved_paths(void) {
    char real_dir[PATH_MAX];
    check(realpath(dir, real_dir) == real_dir, "realpath of the test directory into a buffer");
    char a[200], sub[200], file[220], rel[200], abs_link[200], loop[200], dangling[200];
    name_in(a, sizeof a, "x");
    name_in(sub, sizeof sub, "x/y");
    snprintf(file, sizeof file, "%s/f", sub);
    mkdir(a, 0755);
    mkdir(sub, 0755);
    make_file(file, "f");
    name_in(rel, sizeof rel, "rel");
    name_in(abs_link, sizeof abs_link, "abs");
    name_in(loop, sizeof loop, "loop");
    name_in(dangling, sizeof dangling, "dangling");
    symlink("x/y", rel);
    symlink(sub, abs_link);
    symlink("loop", loop);
    symlink("nowhere", dangling);

    char expected[PATH_MAX], got[PATH_MAX], probe[400];
    snprintf(expected, sizeof expected, "%s/x/y/f", real_dir);
    snprintf(probe, sizeof probe, "%s/./x//y/../y/./f", dir);
    check(realpath(probe, got) != NULL, "realpath through . .. and //");
    check_strings(got, expected, "realpath removes . .. and //");
    snprintf(probe, sizeof probe, "%s/rel/f", dir);
    char *owned = realpath(probe, NULL);
    check(owned != NULL, "realpath(p, NULL) allocates");
    if (owned) check_strings(owned, expected, "realpath through a relative symlink");
    free(owned);
    snprintf(probe, sizeof probe, "%s/abs/../y/f", dir);
    check(realpath(probe, got) != NULL, "realpath through an absolute symlink then ..");
    check_strings(got, expected, "\"..\" after a symlink is the target's parent");
    check(realpath("/", got) != NULL, "realpath of the root");
    check_strings(got, "/", "the root is /");
    check(realpath("/..", got) != NULL && strcmp(got, "/") == 0, "/.. is /");

    char cwd[PATH_MAX];
    getcwd(cwd, sizeof cwd);
    chdir(sub);
    check(realpath("f", got) != NULL, "realpath of a relative name");
    check_strings(got, expected, "a relative name is resolved from the working directory");
    check(realpath(".", got) != NULL, "realpath of .");
    snprintf(expected, sizeof expected, "%s/x/y", real_dir);
    check_strings(got, expected, ". is the working directory");
    chdir(cwd);

    check_fails_with((long)(realpath(dangling, got) ? 0 : -1), ENOENT, "realpath of a dangling symlink fails with ENOENT");
    snprintf(probe, sizeof probe, "%s/missing/f", dir);
    check_fails_with((long)(realpath(probe, got) ? 0 : -1), ENOENT, "realpath under a missing directory fails with ENOENT");
    snprintf(probe, sizeof probe, "%s/f/g", sub);
    check_fails_with((long)(realpath(probe, got) ? 0 : -1), ENOTDIR, "realpath under a file fails with ENOTDIR");
    snprintf(probe, sizeof probe, "%s/f/", sub);
    check_fails_with((long)(realpath(probe, got) ? 0 : -1), ENOTDIR, "realpath of file/ fails with ENOTDIR");
    snprintf(probe, sizeof probe, "%s/f/..", sub);
    check_fails_with((long)(realpath(probe, got) ? 0 : -1), ENOTDIR, "realpath of file/.. fails with ENOTDIR");
    check_fails_with((long)(realpath(loop, got) ? 0 : -1), ELOOP, "realpath of a symlink to itself fails with ELOOP");
    check_fails_with((long)(realpath("", got) ? 0 : -1), ENOENT, "realpath of \"\" fails with ENOENT");
    check_fails_with((long)(realpath(NULL, got) ? 0 : -1), EINVAL, "realpath(NULL) fails with EINVAL");
    static char longest[PATH_MAX + 10];
    memset(longest, 'a', sizeof longest - 1);
    longest[0] = '/';
    check_fails_with((long)(realpath(longest, got) ? 0 : -1), ENAMETOOLONG, "realpath of a name of PATH_MAX bytes fails with ENAMETOOLONG");

    unlink(rel);
    unlink(abs_link);
    unlink(loop);
    unlink(dangling);
    unlink(file);
    rmdir(sub);
    rmdir(a);
}

int main(void) {
    snprintf(dir, sizeof dir, "/tmp/vrt-posix-files-%d", getpid());
    if (mkdir(dir, 0755) != 0) return skip_program("cannot make a directory in /tmp");
    working_directory();
    renames_and_links();
    sizes_and_sync();
    modes_and_owners();
    temporary_files();
    resolved_paths();
    check_equal(rmdir(dir), 0, "every test file was removed");
    return check_result();
}

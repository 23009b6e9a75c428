// opendir, fdopendir, readdir, dirfd and closedir on a directory of our own: every entry is
// seen exactly once over several getdents64 buffers, with the d_type and d_ino stat(2) gives;
// the end leaves errno alone; a directory removed while open reads as empty; and each bad input
// fails with glibc's errno (ENOENT, ENOTDIR, EBADF, EINVAL).
#include <dirent.h>
#include <sys/stat.h>

#include "self_check.h"

enum { file_count = 300 };  // names of ~12 bytes: about 10 KiB of records, several getdents64 calls

static char root[64];

static void path_in_root(char *out, const char *name) {
    size_t n = strlen(root);
    memcpy(out, root, n);
    out[n] = '/';
    memcpy(out + n + 1, name, strlen(name) + 1);
}

static void file_name(char *out, int i) {
    char digits[24];
    memcpy(out, "file-", 5);
    const char *d = decimal(i, digits);
    memcpy(out + 5, d, strlen(d) + 1);
}

static void make_tree(void) {
    char path[128], name[32], digits[24];
    memcpy(root, "/tmp/vrt-dirent-", 17);
    const char *pid = decimal(getpid(), digits);
    memcpy(root + strlen(root), pid, strlen(pid) + 1);
    check_equal(mkdir(root, 0700), 0, "mkdir the test directory");
    for (int i = 0; i < file_count; ++i) {
        file_name(name, i);
        path_in_root(path, name);
        int fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0600);
        if (fd < 0) { check(0, "create a file"); return; }
        close(fd);
    }
    path_in_root(path, "subdirectory");
    check_equal(mkdir(path, 0700), 0, "mkdir a subdirectory");
    path_in_root(path, "link");
    check_equal(symlink("file-0", path), 0, "symlink in it");
}

static void remove_tree(void) {
    char path[128], name[32];
    for (int i = 0; i < file_count; ++i) {
        file_name(name, i);
        path_in_root(path, name);
        unlink(path);
    }
    path_in_root(path, "subdirectory");
    rmdir(path);
    path_in_root(path, "link");
    unlink(path);
    check_equal(rmdir(root), 0, "the test directory is empty again");
}

static void read_everything(DIR *dir, const char *how) {
    char seen[file_count] = {0};
    int dots = 0, dotdots = 0, subdirectories = 0, links = 0, others = 0, duplicates = 0, wrong_types = 0;
    int wrong_inodes = 0;
    struct dirent *entry;
    errno = EXDEV;  // readdir must leave this alone at the end
    while ((entry = readdir(dir)) != NULL) {
        const char *n = entry->d_name;
        if (strcmp(n, ".") == 0) { ++dots; if (entry->d_type != DT_DIR) ++wrong_types; continue; }
        if (strcmp(n, "..") == 0) { ++dotdots; continue; }
        if (strcmp(n, "subdirectory") == 0) { ++subdirectories; if (entry->d_type != DT_DIR) ++wrong_types; continue; }
        if (strcmp(n, "link") == 0) { ++links; if (entry->d_type != DT_LNK) ++wrong_types; continue; }
        if (memcmp(n, "file-", 5) != 0) { ++others; continue; }
        long long i = parse_decimal(n + 5);
        if (i < 0 || i >= file_count) { ++others; continue; }
        if (seen[i]++) ++duplicates;
        if (entry->d_type != DT_REG) ++wrong_types;
        char path[128];
        struct stat st;
        path_in_root(path, n);
        if (lstat(path, &st) != 0 || st.st_ino != entry->d_ino) ++wrong_inodes;
    }
    check_equal(errno, EXDEV, "readdir at the end returns NULL and leaves errno alone");
    int missing = 0;
    for (int i = 0; i < file_count; ++i) missing += !seen[i];
    out("-- read ");
    out(how);
    out(":\n");
    check_equal(missing, 0, "every file is listed");
    check_equal(duplicates, 0, "no file is listed twice");
    check_equal(others, 0, "nothing else is listed");
    check(dots == 1 && dotdots == 1, "\".\" and \"..\" are listed once each");
    check(subdirectories == 1 && links == 1, "the subdirectory and the link are listed once each");
    check_equal(wrong_types, 0, "d_type is DT_REG, DT_DIR or DT_LNK as the entry is");
    check_equal(wrong_inodes, 0, "d_ino is the inode lstat reports");
    errno = EXDEV;
    check(readdir(dir) == NULL && errno == EXDEV, "readdir after the end still returns NULL, errno alone");
}

static void open_and_read(void) {
    DIR *dir = opendir(root);
    if (!check(dir != NULL, "opendir")) return;
    int fd = dirfd(dir);
    check(fd >= 0, "dirfd returns a descriptor");
    check_equal(fcntl(fd, F_GETFD) & FD_CLOEXEC, FD_CLOEXEC, "opendir's descriptor is close-on-exec");
    read_everything(dir, "from opendir");
    check_equal(closedir(dir), 0, "closedir");
    check_fails_with(fcntl(fd, F_GETFD), EBADF, "closedir closed the descriptor");
}

static void adopt_and_read(void) {
    int fd = open(root, O_RDONLY | O_DIRECTORY);
    DIR *dir = fdopendir(fd);
    if (!check(dir != NULL, "fdopendir on a directory")) return;
    check_equal(dirfd(dir), fd, "dirfd is the descriptor fdopendir took");
    check_equal(fcntl(fd, F_GETFD) & FD_CLOEXEC, FD_CLOEXEC, "fdopendir sets close-on-exec, as glibc does");
    read_everything(dir, "from fdopendir");
    check_equal(closedir(dir), 0, "closedir of the adopted descriptor");
    check_fails_with(fcntl(fd, F_GETFD), EBADF, "closedir closed it");
}

static void removed_while_open(void) {
    char path[128];
    path_in_root(path, "doomed");
    check_equal(mkdir(path, 0700), 0, "mkdir a directory to remove");
    DIR *dir = opendir(path);
    if (!check(dir != NULL, "open it")) return;
    check_equal(rmdir(path), 0, "remove it while it is open");
    errno = EXDEV;
    struct dirent *entry = readdir(dir);
    check(entry == NULL && errno == EXDEV, "a removed directory reads as empty, errno alone (ENOENT is the end)");
    closedir(dir);
}

static void bad_input(void) {
    char path[128];
    check(opendir("/nonexistent-vrt-directory") == NULL && errno == ENOENT, "opendir of a missing path: ENOENT");
    check(opendir("") == NULL && errno == ENOENT, "opendir(\"\"): ENOENT");
    path_in_root(path, "file-1");
    check(opendir(path) == NULL && errno == ENOTDIR, "opendir of a file: ENOTDIR");
    check(fdopendir(-1) == NULL && errno == EBADF, "fdopendir(-1): EBADF");
    int fd = open(root, O_RDONLY);
    close(fd);
    check(fdopendir(fd) == NULL && errno == EBADF, "fdopendir of a closed descriptor: EBADF");
    fd = open(path, O_RDONLY);
    check(fdopendir(fd) == NULL && errno == ENOTDIR, "fdopendir of a file: ENOTDIR");
    check(fcntl(fd, F_GETFD) == 0, "a failed fdopendir leaves the descriptor open and as it was");
    close(fd);
    fd = open(path, O_WRONLY);
    check(fdopendir(fd) == NULL && errno == ENOTDIR, "fdopendir of a write-only file: ENOTDIR (glibc checks the type first)");
    close(fd);
    fd = open(root, O_PATH | O_DIRECTORY);
    DIR *dir = fdopendir(fd);
    if (check(dir != NULL, "fdopendir of an O_PATH directory succeeds, as in glibc")) {
        check(readdir(dir) == NULL && errno == EBADF, "and its first readdir fails with EBADF");
        closedir(dir);
    }
    check_fails_with(closedir(NULL), EINVAL, "closedir(NULL): EINVAL");
}

int main(void) {
    make_tree();
    open_and_read();
    adopt_and_read();
    removed_while_open();
    bad_input();
    remove_tree();
    return check_result();
}

// libvrt's struct stat, converted from what statx(2) says of a file, against glibc's stat(2) of
// the same file: directories, device nodes, /proc, symlinks, a sparse file past 4 GiB. And
// libvrt's dev_t encoding against glibc's makedev on random major and minor numbers.
#include <doctest/doctest.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <cstdlib>
#include <random>
#include <string>

#include "tests/unit/stat_fields.h"

namespace {

StatFields glibc_fields(const struct stat &st) {
    return {st.st_dev,   st.st_ino,          st.st_mode,        st.st_nlink,
            st.st_uid,   st.st_gid,          st.st_rdev,        st.st_size,
            st.st_blksize, st.st_blocks,     st.st_atim.tv_sec, st.st_atim.tv_nsec,
            st.st_mtim.tv_sec, st.st_mtim.tv_nsec, st.st_ctim.tv_sec, st.st_ctim.tv_nsec};
}

void compare(const char *path, int flags) {
    CAPTURE(path);
    CAPTURE(flags);
    struct statx sx;
    struct stat st;
    REQUIRE(statx(AT_FDCWD, path, flags | AT_NO_AUTOMOUNT, STATX_BASIC_STATS, &sx) == 0);
    REQUIRE(fstatat(AT_FDCWD, path, &st, flags) == 0);
    const StatFields ours = ours_stat_from_statx(sx), glibc = glibc_fields(st);
    CHECK(ours.dev == glibc.dev);
    CHECK(ours.ino == glibc.ino);
    CHECK(ours.mode == glibc.mode);
    CHECK(ours.nlink == glibc.nlink);
    CHECK(ours.uid == glibc.uid);
    CHECK(ours.gid == glibc.gid);
    CHECK(ours.rdev == glibc.rdev);
    CHECK(ours.size == glibc.size);
    CHECK(ours.blksize == glibc.blksize);
    CHECK(ours.blocks == glibc.blocks);
    CHECK(ours.atime_sec == glibc.atime_sec);
    CHECK(ours.atime_nsec == glibc.atime_nsec);
    CHECK(ours.mtime_sec == glibc.mtime_sec);
    CHECK(ours.mtime_nsec == glibc.mtime_nsec);
    CHECK(ours.ctime_sec == glibc.ctime_sec);
    CHECK(ours.ctime_nsec == glibc.ctime_nsec);
}

}  // namespace

TEST_CASE("stat: statx converted into libvrt's struct stat is glibc's stat, on real files") {
    for (const char *path : {"/", "/tmp", "/dev/null", "/dev/zero", "/proc/self", "/proc/self/status", "/sys"})
        if (access(path, F_OK) == 0) compare(path, 0);

    std::string dir = "/tmp/vrt-stat-unit-" + std::to_string(getpid());
    REQUIRE(mkdir(dir.c_str(), 0750) == 0);
    const std::string file = dir + "/sparse", link = dir + "/link";
    int fd = open(file.c_str(), O_WRONLY | O_CREAT, 0604);
    REQUIRE(fd >= 0);
    REQUIRE(pwrite(fd, "x", 1, 5LL << 30) == 1);
    close(fd);
    REQUIRE(symlink("sparse", link.c_str()) == 0);
    compare(dir.c_str(), 0);
    compare(file.c_str(), 0);
    compare(link.c_str(), 0);
    compare(link.c_str(), AT_SYMLINK_NOFOLLOW);
    unlink(link.c_str());
    unlink(file.c_str());
    rmdir(dir.c_str());
}

TEST_CASE("stat: dev_t is glibc's makedev encoding for every major and minor the kernel has") {
    std::mt19937 random(3);
    for (int i = 0; i < 100000; ++i) {
        // The kernel's device numbers: 12-bit majors and 20-bit minors (include/linux/kdev_t.h);
        // statx reports each as a u32, so wider values are tried too.
        unsigned major = i % 2 ? random() & 0xfff : random();
        unsigned minor = i % 2 ? random() & 0xfffff : random();
        CAPTURE(major);
        CAPTURE(minor);
        REQUIRE(ours_encode_dev(major, minor) == makedev(major, minor));
    }
}

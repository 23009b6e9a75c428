// A struct stat's fields as plain numbers, so that libvrt's conversion from statx
// (stat_from_statx_ours.cpp, built against include/sys/stat.h) can be compared with glibc's
// stat in a file that includes only the host's headers.
#pragma once

struct statx;

struct StatFields {
    unsigned long long dev, ino, mode, nlink, uid, gid, rdev;
    long long size, blksize, blocks;
    long long atime_sec, atime_nsec, mtime_sec, mtime_nsec, ctime_sec, ctime_nsec;
};

// libvrt's struct stat from `from`, field by field.
StatFields ours_stat_from_statx(const struct statx &from);
// libvrt's dev_t for a major and minor number.
unsigned long long ours_encode_dev(unsigned major, unsigned minor);

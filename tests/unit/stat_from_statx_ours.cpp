// libvrt's statx conversion (libc/stat/stat_from_statx.h, against include/sys/stat.h: see
// tests/unit/sysfuncs.mk), behind tests/unit/stat_fields.h.
#include "libc/stat/stat_from_statx.h"
#include "tests/unit/stat_fields.h"

StatFields ours_stat_from_statx(const struct statx &from) {
    struct stat st;
    vrt::stat_from_statx(from, st);
    return {st.st_dev,          st.st_ino,          st.st_mode,         st.st_nlink,
            st.st_uid,          st.st_gid,          st.st_rdev,         st.st_size,
            st.st_blksize,      st.st_blocks,       st.st_atim.tv_sec,  st.st_atim.tv_nsec,
            st.st_mtim.tv_sec,  st.st_mtim.tv_nsec, st.st_ctim.tv_sec,  st.st_ctim.tv_nsec};
}

unsigned long long ours_encode_dev(unsigned major, unsigned minor) { return vrt::encode_dev(major, minor); }

// The DIR behind <dirent.h>'s opaque handle: the directory's descriptor and a buffer of
// linux_dirent64 records from the last getdents64(2), handed out one by one by readdir.
#pragma once

#include <dirent.h>
#include <stddef.h>

struct __vrt_dir {
    int fd;
    size_t next;  // offset of the next record to hand out
    size_t end;   // bytes getdents64 wrote
    // One page of records: a few dozen entries a call. The records are 8-byte aligned
    // (fs/readdir.c aligns d_reclen to sizeof(u64)), so the buffer is too.
    alignas(8) unsigned char records[4096];
};

namespace vrt {

// A DIR for the directory open on fd, or nullptr (ENOMEM): the caller owns fd until it succeeds.
__vrt_dir *new_dir(int fd);

}  // namespace vrt

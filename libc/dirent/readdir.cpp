// readdir(3): hands out the records of one getdents64(2) call, then asks for more.
#include <asm/errno.h>

#include "libc/dirent/dir.h"
#include "libc/errno/errno_boundary.h"
#include "sys/kernel.h"

// include/dirent.h declares struct dirent with linux_dirent64's layout (fs/readdir.c): the
// records are returned in place.
static_assert(__builtin_offsetof(struct dirent, d_reclen) == 16 &&
              __builtin_offsetof(struct dirent, d_type) == 18 &&
              __builtin_offsetof(struct dirent, d_name) == 19,
              "struct dirent must be struct linux_dirent64");

extern "C" struct dirent *readdir(DIR *dir) {
    if (dir->next >= dir->end) {
        long n = vrt::kernel::getdents64(dir->fd, dir->records, sizeof dir->records);
        if (n <= 0) {
            // 0 is the end. ENOENT is too: a directory removed while open reads as empty on
            // some file systems, and POSIX has no error for that (glibc treats it as the end).
            if (n < 0 && n != -ENOENT) vrt::fail_with(static_cast<int>(-n));
            return nullptr;
        }
        dir->next = 0;
        dir->end = static_cast<size_t>(n);
    }
    auto *entry = reinterpret_cast<struct dirent *>(dir->records + dir->next);
    dir->next += entry->d_reclen;
    return entry;
}

// getcwd(3) over the getcwd(2) call, which every table has. The call returns the length with
// its NUL, and ERANGE when the buffer is too small.
#include <asm/errno.h>
#include <limits.h>
#include <unistd.h>
#include <vrt/malloc.h>

#include "libc/errno/errno_boundary.h"
#include "sys/kernel.h"

namespace {

// The kernel prefixes "(unreachable)" when the directory is outside the process's root or was
// removed (fs/d_path.c, SYSCALL_DEFINE2(getcwd...)); like glibc since 2.27 this is ENOENT, so
// that no caller takes it for a relative path.
long current_directory(char *buf, size_t size) {
    long r = vrt::syscall(__NR_getcwd, buf, size);
    if (!vrt::is_error(r) && (r == 0 || buf[0] != '/')) return -ENOENT;
    return r;
}

}  // namespace

extern "C" char *getcwd(char *buf, size_t size) {
    if (buf) {
        if (size == 0) return vrt::fail_with(EINVAL), nullptr;
        long r = current_directory(buf, size);
        return vrt::is_error(r) ? (vrt::fail_with(static_cast<int>(-r)), nullptr) : buf;
    }
    // getcwd(NULL, size) allocates: size bytes when size is given (ERANGE if too few), else
    // as many as the path needs, as glibc does. The kernel never returns more than a page.
    size_t room = size ? size : PATH_MAX;
    auto *owned = static_cast<char *>(malloc(room));
    if (!owned) return nullptr;
    long r = current_directory(owned, room);
    if (vrt::is_error(r)) {
        free(owned);
        return vrt::fail_with(static_cast<int>(-r)), nullptr;
    }
    if (size == 0) {
        if (auto *fitted = static_cast<char *>(realloc(owned, static_cast<size_t>(r)))) owned = fitted;
    }
    return owned;
}

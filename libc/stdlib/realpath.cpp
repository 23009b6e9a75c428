// realpath(3): the absolute name of a file with no ".", ".." or symlink in it, found as POSIX
// describes path resolution (base definitions, 4.16 Pathname Resolution): one component at a
// time from the root or the working directory, each symlink's target read with readlinkat(2)
// and put in front of what is left.
#include <asm/errno.h>
#include <limits.h>
#include <linux/fcntl.h>
#include <linux/stat.h>
#include <stdlib.h>

#include "libc/errno/errno_boundary.h"
#include "sys/c_strings.h"
#include "sys/kernel.h"

namespace {

// glibc's limit on symlinks followed in one resolution, as the kernel's (MAXSYMLINKS, 40).
constexpr int most_links = 40;

bool is_directory(const char *path) {
    struct statx status;
    if (vrt::is_error(vrt::kernel::statx(AT_FDCWD, path, 0, STATX_TYPE, &status))) return false;
    return (status.stx_mode & S_IFMT) == S_IFDIR;
}

// Resolves path into out (PATH_MAX bytes). out holds the resolved prefix without a trailing
// slash ("" is the root); pending holds what is still to be resolved.
long resolve(const char *path, char *out) {
    if (!path) return -EINVAL;
    if (!*path) return -ENOENT;
    size_t path_length = vrt::string_length(path);
    if (path_length >= PATH_MAX) return -ENAMETOOLONG;
    char pending[PATH_MAX], target[PATH_MAX];
    for (size_t i = 0; i <= path_length; ++i) pending[i] = path[i];

    size_t out_length = 0;
    if (path[0] != '/') {
        long r = vrt::syscall(__NR_getcwd, out, PATH_MAX);
        if (vrt::is_error(r)) return r;
        if (out[0] != '/') return -ENOENT;  // "(unreachable)": see libc/unistd/getcwd.cpp
        out_length = static_cast<size_t>(r) - 1;
        if (out_length == 1) out_length = 0;  // the root itself
    }
    out[out_length] = '\0';

    int links = 0;
    size_t at = 0;
    for (;;) {
        while (pending[at] == '/') ++at;
        if (!pending[at]) break;
        size_t end = at;
        while (pending[end] && pending[end] != '/') ++end;
        size_t length = end - at;
        const char *name = pending + at;
        if (length == 1 && name[0] == '.') {
            at = end;
            continue;
        }
        if (length == 2 && name[0] == '.' && name[1] == '.') {
            while (out_length > 0 && out[out_length - 1] != '/') --out_length;
            if (out_length > 0) --out_length;
            out[out_length] = '\0';
            at = end;
            continue;
        }
        if (out_length + 1 + length >= PATH_MAX) return -ENAMETOOLONG;
        size_t parent_length = out_length;
        out[out_length++] = '/';
        for (size_t i = 0; i < length; ++i) out[out_length++] = name[i];
        out[out_length] = '\0';

        long r = vrt::syscall(__NR_readlinkat, AT_FDCWD, out, target, PATH_MAX);
        if (r == -EINVAL) {
            // Not a symlink. A name followed by a slash must be a directory, even when nothing
            // but "." or ".." follows, which need no further lookup ("file/." is ENOTDIR).
            if (pending[end] == '/' && !is_directory(out)) return -ENOTDIR;
            at = end;
            continue;
        }
        if (vrt::is_error(r)) return r;
        if (++links > most_links) return -ELOOP;
        // The target, then the rest of the path: built in target and copied back to pending.
        size_t target_length = static_cast<size_t>(r);
        size_t rest_length = vrt::string_length(pending + end);
        if (target_length + rest_length >= PATH_MAX) return -ENAMETOOLONG;
        for (size_t i = 0; i <= rest_length; ++i) target[target_length + i] = pending[end + i];
        for (size_t i = 0; i <= target_length + rest_length; ++i) pending[i] = target[i];
        at = 0;
        // A relative target is read from the link's own directory, an absolute one from the root.
        out_length = pending[0] == '/' ? 0 : parent_length;
        out[out_length] = '\0';
    }
    if (out_length == 0) out[out_length++] = '/';
    out[out_length] = '\0';
    return static_cast<long>(out_length);
}

}  // namespace

// With resolved null the result is allocated with malloc, as glibc and POSIX.1-2008 do;
// otherwise resolved must hold PATH_MAX bytes.
extern "C" char *realpath(const char *__restrict path, char *__restrict resolved) {
    char result[PATH_MAX];
    long r = resolve(path, result);
    if (vrt::is_error(r)) return vrt::fail_with(static_cast<int>(-r)), nullptr;
    char *to = resolved ? resolved : static_cast<char *>(malloc(static_cast<size_t>(r) + 1));
    if (!to) return nullptr;
    for (long i = 0; i <= r; ++i) to[i] = result[i];
    return to;
}

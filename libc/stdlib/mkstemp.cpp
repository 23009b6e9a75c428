// mkstemp(3): replaces the template's final "XXXXXX" with random letters and digits and creates
// that file with O_EXCL, mode 0600, trying new letters while the name already exists.
#include <asm/errno.h>
#include <linux/fcntl.h>
#include <stdlib.h>

#include "libc/errno/errno_boundary.h"
#include "sys/c_strings.h"
#include "sys/kernel.h"

namespace {

constexpr char letters[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
constexpr size_t suffix_length = 6;
// As many names as glibc tries (62 cubed, its TMP_MAX) before giving up with EEXIST.
constexpr unsigned attempts = 62 * 62 * 62;

// Each letter from one random byte below 248 (4 * 62), so that all 62 are equally likely; a
// byte above is drawn again.
long fill_suffix(char *suffix) {
    size_t filled = 0;
    while (filled < suffix_length) {
        unsigned char random[16];
        long r = vrt::kernel::getrandom(random, sizeof random, 0);
        if (r == -EINTR) continue;
        if (vrt::is_error(r)) return r;
        for (long i = 0; i < r && filled < suffix_length; ++i)
            if (random[i] < 248) suffix[filled++] = letters[random[i] % 62];
    }
    return 0;
}

long make_unique_file(char *name) {
    size_t length = vrt::string_length(name);
    if (length < suffix_length) return -EINVAL;
    char *suffix = name + length - suffix_length;
    for (size_t i = 0; i < suffix_length; ++i)
        if (suffix[i] != 'X') return -EINVAL;
    for (unsigned attempt = 0; attempt < attempts; ++attempt) {
        long r = fill_suffix(suffix);
        if (vrt::is_error(r)) return r;
        r = vrt::kernel::openat(AT_FDCWD, name, O_RDWR | O_CREAT | O_EXCL | O_LARGEFILE, 0600);
        if (r != -EEXIST) return r;
    }
    return -EEXIST;
}

}  // namespace

extern "C" int mkstemp(char *name) { return static_cast<int>(vrt::syscall_return(make_unique_file(name))); }

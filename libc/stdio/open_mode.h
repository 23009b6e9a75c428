// fopen's mode string (C11 7.21.5.3, and glibc's extensions e and x): the open(2) flags and the
// stream's access. Header-only and kernel-free, so the unit tests check it on the host.
#pragma once

#include <linux/fcntl.h>

#include "libc/stdio/file.h"

namespace vrt::stdio {

struct OpenMode {
    bool valid;
    int open_flags;       // for open(2)
    unsigned access;      // kReadable and/or kWritable
};

// The first letter decides (r, w or a); after it, '+' adds the other direction, 'e' O_CLOEXEC,
// 'x' O_EXCL, and other letters ('b' among them) change nothing. Like glibc, only the six letters
// after the first are looked at, and a ',' ends the mode (glibc's ",ccs=" follows it).
constexpr OpenMode parse_open_mode(const char *mode) {
    OpenMode m{true, 0, 0};
    switch (mode[0]) {
    case 'r': m.open_flags = O_RDONLY; m.access = kReadable; break;
    case 'w': m.open_flags = O_WRONLY | O_CREAT | O_TRUNC; m.access = kWritable; break;
    case 'a': m.open_flags = O_WRONLY | O_CREAT | O_APPEND; m.access = kWritable; break;
    default: return {false, 0, 0};
    }
    for (int i = 1; i < 7 && mode[i] != '\0' && mode[i] != ','; ++i) {
        switch (mode[i]) {
        case '+':
            m.open_flags = (m.open_flags & ~O_ACCMODE) | O_RDWR;
            m.access = kReadable | kWritable;
            break;
        case 'e': m.open_flags |= O_CLOEXEC; break;
        case 'x': m.open_flags |= O_EXCL; break;
        default: break;
        }
    }
    return m;
}

}  // namespace vrt::stdio

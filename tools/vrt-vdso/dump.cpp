// `vrt-vdso dump FILE`: the live vDSO's bytes (its PT_LOAD extent) into a file, for `info --file`,
// for the reader's tests and fuzz corpus, and for the per-arch references in the repo.
#include <vrt/errno.h>
#include <vrt/fcntl.h>
#include <vrt/stdio.h>
#include <vrt/unistd.h>
#include <vrt/vdso.h>

#include "commands.h"

// Exit status as the README's: 2 for a system error (the file cannot be made or written), 77 when
// there is nothing to dump (no vDSO), never 1, which means a failed check.
int run_dump(const Options &options) {
    if (!options.output) {
        dprintf(2, "vrt-vdso: dump wants a file name\n");
        return 2;
    }
    const unsigned char *base = static_cast<const unsigned char *>(vrt_vdso_base());
    if (!base) {
        dprintf(2, "vrt-vdso: no vDSO to dump: %s\n", vrt_vdso_error());
        return 77;
    }
    int fd = open(options.output, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) {
        dprintf(2, "vrt-vdso: cannot create %s (errno %d)\n", options.output, errno);
        return 2;
    }
    size_t size = vrt_vdso_size(), done = 0;
    int error = 0;
    while (done < size) {
        ssize_t n = write(fd, base + done, size - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            error = n < 0 ? errno : 0;
            break;
        }
        done += static_cast<size_t>(n);
    }
    if (close(fd) != 0 && done == size) error = errno;
    if (done != size || error) {
        dprintf(2, "vrt-vdso: cannot write %s: %zu of %zu bytes written (errno %d)\n", options.output, done, size,
                error);
        return 2;
    }
    return 0;
}

long load_file(const char *path, unsigned char *buffer, size_t size) {
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return -1;
    size_t used = 0;
    for (;;) {
        ssize_t n = read(fd, buffer + used, size - used);
        if (n < 0) { close(fd); return -1; }
        if (n == 0) break;
        used += static_cast<size_t>(n);
        if (used == size) { close(fd); return -1; }
    }
    close(fd);
    return static_cast<long>(used);
}

// `vrt-vdso dump FILE`: the live vDSO's bytes (its PT_LOAD extent) into a file, for `info --file`,
// for the reader's tests and fuzz corpus, and for the per-arch references in the repo.
#include <vrt/fcntl.h>
#include <vrt/stdio.h>
#include <vrt/unistd.h>
#include <vrt/vdso.h>

#include "commands.h"

int run_dump(const Options &options) {
    if (!options.output) {
        dprintf(2, "vrt-vdso: dump wants a file name\n");
        return 2;
    }
    const unsigned char *base = static_cast<const unsigned char *>(vrt_vdso_base());
    if (!base) {
        dprintf(2, "vrt-vdso: no vDSO to dump: %s\n", vrt_vdso_error());
        return 1;
    }
    int fd = open(options.output, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) {
        dprintf(2, "vrt-vdso: cannot create %s\n", options.output);
        return 1;
    }
    size_t size = vrt_vdso_size(), done = 0;
    while (done < size) {
        ssize_t n = write(fd, base + done, size - done);
        if (n <= 0) break;
        done += static_cast<size_t>(n);
    }
    close(fd);
    if (done != size) {
        dprintf(2, "vrt-vdso: short write to %s\n", options.output);
        return 1;
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

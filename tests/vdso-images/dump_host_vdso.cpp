// Writes this process's vDSO, as far as its PT_LOAD segments reach (vdso::mapped_extent), to the
// file named on the command line: a real image for the fuzzer's seed corpus. A process without
// a vDSO (qemu-user before 8.1, vdso=0) writes an empty file, which is still a valid seed.
#include "vdso/image.h"

#include <sys/auxv.h>
#include <unistd.h>

#include <cstdio>

int main(int argc, char **argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s OUTPUT\n", argv[0]);
        return 2;
    }
    const auto *ehdr = reinterpret_cast<const void *>(getauxval(AT_SYSINFO_EHDR));
    const size_t size = ehdr ? vrt::vdso::mapped_extent(ehdr, static_cast<size_t>(sysconf(_SC_PAGESIZE))) : 0;
    std::FILE *out = std::fopen(argv[1], "wb");
    if (!out || std::fwrite(ehdr, 1, size, out) != size || std::fclose(out) != 0) {
        std::perror(argv[1]);
        return 1;
    }
    if (size == 0) std::fprintf(stderr, "%s: no usable vDSO in this process; wrote an empty file\n", argv[0]);
    return 0;
}

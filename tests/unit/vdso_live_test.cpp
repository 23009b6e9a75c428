// The reader on this machine's own vDSO: read in place from AT_SYSINFO_EHDR, and from a file
// dump of it. The functions it finds are called and checked against the host libc's, and the
// host's dynamic linker (which found the same vDSO) must agree on the addresses.
#include "tests/unit/vdso_test_files.h"
#include "vdso/image.h"

#include <doctest/doctest.h>

#include <dlfcn.h>
#include <sys/auxv.h>
#include <time.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

using namespace vrt::vdso;

namespace {

// What each architecture's vDSO calls clock_gettime, and in which version: the VERSION block of
// its vDSO linker script in the kernel (arch/x86/entry/vdso/vdso.lds.S and vdso32/vdso32.lds.S,
// arch/arm64/kernel/vdso/vdso.lds.S, arch/arm/vdso/vdso.lds.S, arch/riscv/kernel/vdso/vdso.lds.S,
// arch/s390/kernel/vdso64/vdso64.lds.S, arch/loongarch/vdso/vdso.lds.S). 32-bit ABIs use the
// time64 entry point. (Paths as in Linux 6.1; later kernels moved some.)
struct ClockName {
    unsigned machine;
    unsigned char elf_class;
    const char *clock_gettime;
    const char *version;
};

constexpr ClockName clock_names[] = {
    {EM_X86_64, ELFCLASS64, "__vdso_clock_gettime", "LINUX_2.6"},
    {EM_386, ELFCLASS32, "__vdso_clock_gettime64", "LINUX_2.6"},
    {EM_AARCH64, ELFCLASS64, "__kernel_clock_gettime", "LINUX_2.6.39"},
    {EM_ARM, ELFCLASS32, "__vdso_clock_gettime64", "LINUX_2.6"},
    {EM_RISCV, ELFCLASS64, "__vdso_clock_gettime", "LINUX_4.15"},
    {EM_S390, ELFCLASS64, "__kernel_clock_gettime", "LINUX_2.6.29"},
    {EM_LOONGARCH, ELFCLASS64, "__vdso_clock_gettime", "LINUX_5.10"},
};

// The kernel's struct __kernel_timespec: 64-bit fields on every ABI.
struct KernelTimespec {
    int64_t tv_sec;
    int64_t tv_nsec;
};
using ClockGettime = int (*)(clockid_t, KernelTimespec *);

const ClockName *clock_name(const Image &image) {
    for (const ClockName &name : clock_names)
        if (name.machine == image.machine && name.elf_class == image.elf_class) return &name;
    return nullptr;
}

struct LiveVdso {
    const unsigned char *base = nullptr;
    size_t extent = 0;
};

LiveVdso live_vdso() {
    LiveVdso live;
    live.base = reinterpret_cast<const unsigned char *>(getauxval(AT_SYSINFO_EHDR));
    if (live.base) live.extent = mapped_extent(live.base, static_cast<size_t>(sysconf(_SC_PAGESIZE)));
    return live;
}

// The size of the [vdso] mapping, from /proc/self/maps; 0 if there is none.
size_t vdso_mapping_size() {
    std::ifstream maps("/proc/self/maps");
    for (std::string line; std::getline(maps, line);) {
        if (line.find("[vdso]") == std::string::npos) continue;
        unsigned long start = 0, end = 0;
        std::sscanf(line.c_str(), "%lx-%lx", &start, &end);
        return end - start;
    }
    return 0;
}

int64_t nanoseconds(const timespec &t) { return int64_t{t.tv_sec} * 1000000000 + t.tv_nsec; }
int64_t nanoseconds(const KernelTimespec &t) { return t.tv_sec * 1000000000 + t.tv_nsec; }

// The host dynamic linker's view of the vDSO: glibc lists it under its soname.
void *host_linker_symbol(const char *name, const char *version) {
    for (const char *soname : {"linux-vdso.so.1", "linux-gate.so.1", "linux-vdso64.so.1", "linux-vdso32.so.1"}) {
        void *handle = dlopen(soname, RTLD_NOW | RTLD_NOLOAD);
        if (!handle) continue;
        void *symbol = dlvsym(handle, name, version);
        dlclose(handle);
        return symbol;
    }
    return nullptr;
}

}  // namespace

TEST_CASE("vdso: the live vDSO's extent comes from its headers and lies inside its mapping") {
    const LiveVdso live = live_vdso();
    if (!live.base) {
        MESSAGE("this process has no vDSO (AT_SYSINFO_EHDR absent)");
        return;
    }
    CHECK(live.extent > 0);
    CHECK(live.extent <= vdso_mapping_size());
    CHECK(mapped_extent(live.base, 16) == 0);  // not even the ELF header is readable
}

TEST_CASE("vdso: clock_gettime is found in the live vDSO and agrees with the host libc") {
    const LiveVdso live = live_vdso();
    if (!live.base) return;
    Image image;
    REQUIRE(parse_native(live.base, live.extent, image) == Error::none);
    CHECK(parse(live.base, live.extent, image, image.machine) == Error::none);
    const ClockName *name = clock_name(image);
    REQUIRE_MESSAGE(name != nullptr, "no clock_gettime name known for e_machine " << image.machine);
    void *found = find_symbol(image, name->clock_gettime, name->version);
    REQUIRE(found != nullptr);
    CHECK(static_cast<unsigned char *>(found) >= live.base);
    CHECK(static_cast<unsigned char *>(found) < live.base + live.extent);

    void *linker_found = host_linker_symbol(name->clock_gettime, name->version);
    if (linker_found) CHECK(found == linker_found);
    else MESSAGE("the host's dynamic linker does not list the vDSO; address not compared");

    auto vdso_clock_gettime = reinterpret_cast<ClockGettime>(found);
    for (clockid_t clock : {CLOCK_MONOTONIC, CLOCK_REALTIME, CLOCK_BOOTTIME}) {
        CAPTURE(clock);
        timespec before{}, after{};
        KernelTimespec ours{};
        REQUIRE(clock_gettime(clock, &before) == 0);
        REQUIRE(vdso_clock_gettime(clock, &ours) == 0);
        REQUIRE(clock_gettime(clock, &after) == 0);
        CHECK(nanoseconds(before) <= nanoseconds(ours));
        CHECK(nanoseconds(ours) <= nanoseconds(after));
    }
    KernelTimespec unused{};
    CHECK(vdso_clock_gettime(-1, &unused) < 0);  // -EINVAL, or the syscall fallback's error
}

TEST_CASE("vdso: the live vDSO's DT_SONAME is the name the host's dynamic linker knows it by") {
    const LiveVdso live = live_vdso();
    if (!live.base) return;
    Image image;
    REQUIRE(parse_native(live.base, live.extent, image) == Error::none);
    const char *name = soname(image);
    REQUIRE(name != nullptr);
    CAPTURE(name);
    // glibc names the vDSO's link map after its DT_SONAME (elf/setup-vdso.h), which is what
    // libvrt's dlopen matches.
    void *handle = dlopen(name, RTLD_NOW | RTLD_NOLOAD);
    if (!handle) {
        MESSAGE("the host's dynamic linker does not list the vDSO; name not compared");
        return;
    }
    dlclose(handle);
    CHECK(dlopen("libvrt-no-such-object.so.1", RTLD_NOW | RTLD_NOLOAD) == nullptr);
}

TEST_CASE("vdso: every symbol of the live vDSO iterates to what find_symbol finds") {
    const LiveVdso live = live_vdso();
    if (!live.base) return;
    Image image;
    REQUIRE(parse(live.base, live.extent, image) == Error::none);
    REQUIRE(symbol_count(image) > 1);
    const ClockName *name = clock_name(image);
    bool saw_clock_gettime = false;
    Symbol s;
    for (size_t i = 0; symbol_at(image, i, s); ++i) {
        CAPTURE(s.name);
        if (!s.defined || (s.type != STT_FUNC && s.type != STT_NOTYPE) || !*s.name) continue;
        CHECK(find_symbol(image, s.name, s.version) == s.address);
        if (s.address && s.version) {
            void *linker_found = host_linker_symbol(s.name, s.version);
            if (linker_found) CHECK(linker_found == s.address);
        }
        if (name && std::string(s.name) == name->clock_gettime) {
            saw_clock_gettime = true;
            REQUIRE(s.version != nullptr);
            CHECK(std::string(s.version) == name->version);
        }
    }
    CHECK(saw_clock_gettime);
}

TEST_CASE("vdso: a file dump of the live vDSO reads the same as the mapping") {
    const LiveVdso live = live_vdso();
    if (!live.base) return;
    char path[] = "/tmp/vrt-vdso-dump-XXXXXX";
    const int fd = mkstemp(path);
    REQUIRE(fd >= 0);
    REQUIRE(write(fd, live.base, live.extent) == static_cast<ssize_t>(live.extent));
    close(fd);
    const std::vector<unsigned char> bytes = vdso_test::read_file(path);
    unlink(path);
    REQUIRE(bytes.size() == live.extent);

    Image in_memory, from_file;
    REQUIRE(parse(live.base, live.extent, in_memory) == Error::none);
    REQUIRE(parse(bytes.data(), bytes.size(), from_file) == Error::none);
    REQUIRE(symbol_count(from_file) == symbol_count(in_memory));
    Symbol a, b;
    for (size_t i = 0; symbol_at(in_memory, i, a); ++i) {
        REQUIRE(symbol_at(from_file, i, b));
        CHECK(std::string(a.name) == b.name);
        CHECK((a.version == nullptr) == (b.version == nullptr));
        if (a.version && b.version) CHECK(std::string(a.version) == b.version);
        CHECK((a.address == nullptr) == (b.address == nullptr));
        if (a.address && b.address)
            CHECK(static_cast<unsigned char *>(a.address) - live.base ==
                  static_cast<unsigned char *>(b.address) - bytes.data());
    }
}

TEST_CASE("vdso: every prefix of the live vDSO is rejected or looked up safely") {
    const LiveVdso live = live_vdso();
    if (!live.base) return;
    Image image;
    REQUIRE(parse(live.base, live.extent, image) == Error::none);
    const ClockName *name = clock_name(image);
    for (size_t size = 0; size < live.extent; ++size) {
        // An exact-size heap copy, so a sanitizer sees any read past the end.
        std::unique_ptr<unsigned char[]> prefix(new unsigned char[size ? size : 1]);
        std::memcpy(prefix.get(), live.base, size);
        if (parse(prefix.get(), size, image) != Error::none) {
            CHECK(image.base == nullptr);
            continue;
        }
        Symbol s;
        for (size_t i = 0; symbol_at(image, i, s); ++i) CHECK(std::strlen(s.name) < size);
        if (name) {
            auto *found = static_cast<unsigned char *>(find_symbol(image, name->clock_gettime, name->version));
            CHECK((found == nullptr || (found >= prefix.get() && found < prefix.get() + size)));
        }
    }
}

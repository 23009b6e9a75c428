// The reader on shared objects a real linker made (clang + lld, tests/unit/vdso.mk): both hash
// styles, both classes, foreign machines and byte order, no versions, a wrong version, an
// undefined symbol, one name in two versions. Where the host can run the code, the images are
// mapped executable as the kernel maps a vDSO (the file as is) and the found functions called.
#include "tests/unit/vdso_test_files.h"
#include "vdso/reader.h"

#include <doctest/doctest.h>

#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cstring>
#include <fstream>
#include <set>
#include <string>

using namespace vrt::vdso;
using namespace vdso_test;

namespace {

const char *const entry_points[] = {"__vdso_clock_gettime", "__vdso_gettimeofday", "__vdso_time",
                                    "__vdso_getcpu", "__vdso_clock_getres", "clock_gettime",
                                    "__vdso_rt_sigreturn"};

// find_symbol's answer as a function; fails the test when there is none.
template <class Function>
Function function_at(const Image &image, const char *name, const char *version) {
    void *address = find_symbol(image, name, version);
    REQUIRE_MESSAGE(address != nullptr, name << "@" << version);
    return reinterpret_cast<Function>(address);
}

// This test program's own e_machine: the code it can call.
unsigned host_machine() {
    std::ifstream exe("/proc/self/exe", std::ios::binary);
    unsigned char header[20] = {};
    exe.read(reinterpret_cast<char *>(header), sizeof header);
    uint16_t machine;
    std::memcpy(&machine, header + 18, sizeof machine);  // e_machine, same place in both classes
    return machine;
}

// A linked image mapped read+exec from its file, the way the kernel maps the vDSO's image.
struct Mapped {
    void *base = MAP_FAILED;
    size_t size = 0;
    explicit Mapped(const std::string &path) {
        int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
        REQUIRE(fd >= 0);
        size = static_cast<size_t>(lseek(fd, 0, SEEK_END));
        base = mmap(nullptr, size, PROT_READ | PROT_EXEC, MAP_PRIVATE, fd, 0);
        close(fd);
        REQUIRE(base != MAP_FAILED);
    }
    Mapped(const Mapped &) = delete;
    ~Mapped() {
        if (base != MAP_FAILED) munmap(base, size);
    }
};

}  // namespace

TEST_CASE("vdso: every linked image parses as what it was linked as") {
    for (const LinkedImage &expected : linked_images) {
        const std::string name = expected.name;
        CAPTURE(name);
        const std::vector<unsigned char> bytes = read_test_image(expected.name);
        Image image;
        const Error e = parse(bytes.data(), bytes.size(), image);
        const bool foreign_order = expected.big_endian != (native_data_encoding == ELFDATA2MSB);
        if (foreign_order) {
            CHECK(e == Error::foreign_byte_order);
            continue;
        }
        REQUIRE(e == Error::none);
        CHECK(image.elf_class == (expected.elf_class == 64 ? ELFCLASS64 : ELFCLASS32));
        CHECK(image.machine == expected.machine);
        CHECK(has_gnu_hash(image) == expected.gnu_hash);
        CHECK(has_sysv_hash(image) == expected.sysv_hash);
        REQUIRE(soname(image) != nullptr);  // tests/unit/vdso.mk links each with -soname
        CHECK(std::string(soname(image)) == "linux-vdso.so.1");
        CHECK(parse(bytes.data(), bytes.size(), image, expected.machine) == Error::none);
        CHECK(parse(bytes.data(), bytes.size(), image, expected.machine == EM_X86_64 ? EM_AARCH64 : EM_X86_64) ==
              Error::wrong_machine);
        const bool native_class = expected.elf_class == sizeof(void *) * 8;
        CHECK(parse_native(bytes.data(), bytes.size(), image) ==
              (native_class ? Error::none : Error::bad_class));
    }
}

TEST_CASE("vdso: every entry point of the linked images is found, data symbols are not") {
    for (std::string name : {"x86_64-gnu.so", "x86_64-sysv.so", "x86_64-both.so", "i386-gnu.so",
                             "i386-sysv.so", "aarch64-gnu.so", "arm-both.so"}) {
        CAPTURE(name);
        const std::vector<unsigned char> bytes = read_test_image(name);
        Image image;
        REQUIRE(parse(bytes.data(), bytes.size(), image) == Error::none);
        std::set<void *> addresses;
        for (const char *symbol : entry_points) {
            CAPTURE(symbol);
            void *address = find_symbol(image, symbol, "LINUX_2.6");
            CHECK(address != nullptr);
            CHECK(find_symbol(image, symbol, nullptr) == address);
            CHECK(find_symbol(image, symbol, "LINUX_2.6.39") == nullptr);
            addresses.insert(address);
        }
        CHECK(addresses.size() == std::size(entry_points));
        CHECK(find_symbol(image, "__vdso_data", "LINUX_2.6") == nullptr);
        CHECK(find_symbol(image, "__vdso_absent", nullptr) == nullptr);
        // Iteration sees the same symbols, at the same addresses, in the same version.
        std::set<std::string> listed;
        Symbol s;
        for (size_t i = 0; symbol_at(image, i, s); ++i) {
            listed.insert(s.name);
            if (s.defined && s.type != STT_OBJECT) CHECK(s.address == find_symbol(image, s.name, s.version));
            if (i > 0) CHECK((s.version && std::string(s.version) == "LINUX_2.6"));
        }
        std::set<std::string> expected(std::begin(entry_points), std::end(entry_points));
        expected.insert("");
        expected.insert("__vdso_data");
        CHECK(listed == expected);
    }
}

TEST_CASE("vdso: the found code is the function, called from the file mapped as is") {
    if (host_machine() != EM_X86_64) {
        MESSAGE("the linked x86_64 images cannot run on this machine");
        return;
    }
    using Time = long (*)(long *);
    using ClockGettime = int (*)(int, void *);
    using Getcpu = int (*)(unsigned *, unsigned *, void *);
    for (std::string name : {"x86_64-gnu.so", "x86_64-sysv.so", "x86_64-unversioned.so"}) {
        CAPTURE(name);
        Mapped mapped(test_image_path(name));
        Image image;
        REQUIRE(parse_native(mapped.base, mapped.size, image, EM_X86_64) == Error::none);
        // tests/vdso-images/entry_points.c: each function returns its own constant.
        auto time = function_at<Time>(image, "__vdso_time", "LINUX_2.6");
        auto clock = function_at<ClockGettime>(image, "__vdso_clock_gettime", "LINUX_2.6");
        auto weak = function_at<ClockGettime>(image, "clock_gettime", "LINUX_2.6");
        auto getcpu = function_at<Getcpu>(image, "__vdso_getcpu", "LINUX_2.6");
        CHECK(time(nullptr) == 3);
        CHECK(clock(0, nullptr) == 1);
        CHECK(weak(0, nullptr) == 6);
        CHECK(getcpu(nullptr, nullptr, nullptr) == 4);
    }
}

TEST_CASE("vdso: a linked image without version tables matches any version") {
    const std::vector<unsigned char> bytes = read_test_image("x86_64-unversioned.so");
    Image image;
    REQUIRE(parse(bytes.data(), bytes.size(), image) == Error::none);
    CHECK(image.versym == 0);
    CHECK(image.verdef == 0);
    void *address = find_symbol(image, "__vdso_clock_gettime", nullptr);
    REQUIRE(address != nullptr);
    CHECK(find_symbol(image, "__vdso_clock_gettime", "LINUX_2.6") == address);
    CHECK(find_symbol(image, "__vdso_clock_gettime", "ANY_OTHER") == address);
}

TEST_CASE("vdso: a linked image in another version answers only for that version") {
    const std::vector<unsigned char> bytes = read_test_image("x86_64-wrong-version.so");
    Image image;
    REQUIRE(parse(bytes.data(), bytes.size(), image) == Error::none);
    CHECK(find_symbol(image, "__vdso_clock_gettime", "LINUX_2.6") == nullptr);
    CHECK(find_symbol(image, "__vdso_clock_gettime", "LINUX_9.99") != nullptr);
    CHECK(find_symbol(image, "__vdso_clock_gettime", nullptr) != nullptr);
}

TEST_CASE("vdso: an undefined dynamic symbol is listed but never found") {
    const std::vector<unsigned char> bytes = read_test_image("x86_64-undefined.so");
    Image image;
    REQUIRE(parse(bytes.data(), bytes.size(), image) == Error::none);
    CHECK(find_symbol(image, "__vdso_not_here", nullptr) == nullptr);
    CHECK(find_symbol(image, "__vdso_clock_gettime", "LINUX_2.6") != nullptr);
    bool listed = false;
    Symbol s;
    for (size_t i = 0; symbol_at(image, i, s); ++i) {
        if (std::string(s.name) != "__vdso_not_here") continue;
        listed = true;
        CHECK_FALSE(s.defined);
        CHECK(s.address == nullptr);
    }
    CHECK(listed);
}

TEST_CASE("vdso: one name in two versions, hidden and default, through either hash table") {
    for (std::string name : {"x86_64-two-versions.so", "x86_64-two-versions-sysv.so"}) {
        CAPTURE(name);
        const std::vector<unsigned char> bytes = read_test_image(name);
        Image image;
        REQUIRE(parse(bytes.data(), bytes.size(), image) == Error::none);
        void *old_one = find_symbol(image, "__vdso_clock_gettime", "LINUX_2.6");
        void *new_one = find_symbol(image, "__vdso_clock_gettime", "LINUX_4.15");
        REQUIRE(old_one != nullptr);
        REQUIRE(new_one != nullptr);
        CHECK(old_one != new_one);
        CHECK(find_symbol(image, "__vdso_time", "LINUX_4.15") == nullptr);
        if (host_machine() == EM_X86_64) {
            Mapped mapped(test_image_path(name));
            Image live;
            REQUIRE(parse(mapped.base, mapped.size, live) == Error::none);
            using ClockGettime = int (*)(int, void *);
            CHECK(function_at<ClockGettime>(live, "__vdso_clock_gettime", "LINUX_2.6")(0, nullptr) == 1);
            CHECK(function_at<ClockGettime>(live, "__vdso_clock_gettime", "LINUX_4.15")(0, nullptr) == 2);
        }
    }
}

TEST_CASE("vdso: arm's blanked symbols (st_name zeroed at boot) are not found") {
    std::vector<unsigned char> bytes = read_test_image("arm-both.so");
    Image image;
    REQUIRE(parse(bytes.data(), bytes.size(), image) == Error::none);
    Symbol s;
    size_t index = 0;
    for (size_t i = 0; symbol_at(image, i, s); ++i)
        if (std::string(s.name) == "__vdso_clock_gettime") index = i;
    REQUIRE(index != 0);
    std::memset(bytes.data() + image.symtab + index * sizeof(Elf32_Sym), 0, sizeof(uint32_t));
    REQUIRE(parse(bytes.data(), bytes.size(), image) == Error::none);
    CHECK(find_symbol(image, "__vdso_clock_gettime", "LINUX_2.6") == nullptr);
    CHECK(find_symbol(image, "__vdso_gettimeofday", "LINUX_2.6") != nullptr);
}

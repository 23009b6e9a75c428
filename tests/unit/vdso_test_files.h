// The shared objects tests/unit/vdso.mk links for the vDSO reader's tests, read from
// $VRT_TEST_IMAGES (build/host/vdso-images when unset, for a run from the repo root).
#pragma once

#include <doctest/doctest.h>
#include <linux/elf-em.h>

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace vdso_test {

inline std::string test_image_path(const std::string &name) {
    const char *folder = std::getenv("VRT_TEST_IMAGES");
    return std::string(folder && *folder ? folder : "build/host/vdso-images") + "/" + name;
}

inline std::vector<unsigned char> read_file(const std::string &path) {
    std::ifstream in(path, std::ios::binary);
    return std::vector<unsigned char>(std::istreambuf_iterator<char>(in), {});
}

// The image's bytes; fails the test when the image was not built (make vdso-images).
inline std::vector<unsigned char> read_test_image(const std::string &name) {
    std::vector<unsigned char> bytes = read_file(test_image_path(name));
    REQUIRE_MESSAGE(!bytes.empty(), "missing " << test_image_path(name) << ": run `make vdso-images`");
    return bytes;
}

// Every image tests/unit/vdso.mk links, with what it was linked as.
struct LinkedImage {
    const char *name;
    unsigned char elf_class;  // 32 or 64
    unsigned machine;
    bool big_endian;
    bool gnu_hash, sysv_hash;
};

inline constexpr LinkedImage linked_images[] = {
    {"x86_64-gnu.so", 64, EM_X86_64, false, true, false},
    {"x86_64-sysv.so", 64, EM_X86_64, false, false, true},
    {"x86_64-both.so", 64, EM_X86_64, false, true, true},
    {"x86_64-unversioned.so", 64, EM_X86_64, false, true, true},
    {"x86_64-wrong-version.so", 64, EM_X86_64, false, true, true},
    {"x86_64-undefined.so", 64, EM_X86_64, false, true, false},
    {"x86_64-two-versions.so", 64, EM_X86_64, false, true, false},
    {"x86_64-two-versions-sysv.so", 64, EM_X86_64, false, false, true},
    {"i386-gnu.so", 32, EM_386, false, true, false},
    {"i386-sysv.so", 32, EM_386, false, false, true},
    {"aarch64-gnu.so", 64, EM_AARCH64, false, true, false},
    {"arm-both.so", 32, EM_ARM, false, true, true},
    {"ppc64-big-endian.so", 64, EM_PPC64, true, true, true},
};

}  // namespace vdso_test

// libFuzzer target for the vDSO reader (vdso/image.h): any byte string is an image. It is parsed
// both ways, every symbol is listed, and a handful of names are looked up, some fixed and some
// taken from the image itself so the hash chains are walked to a match. Anything the reader
// hands out must point inside the input; AddressSanitizer catches any read outside it.
#include "vdso/image.h"

#include <cstdint>
#include <cstring>
#include <memory>

namespace {

using namespace vrt::vdso;

const char *const fixed_names[] = {"__vdso_clock_gettime", "__vdso_gettimeofday", "__vdso_time",
                                   "__vdso_getcpu", "__kernel_clock_gettime", "clock_gettime",
                                   "__vdso_rt_sigreturn", ""};
const char *const versions[] = {nullptr, "LINUX_2.6", "LINUX_2.6.39", "LINUX_4.15"};

struct Bounds {
    const unsigned char *begin, *end;
    void check(const void *p) const {
        const auto *q = static_cast<const unsigned char *>(p);
        if (p && (q < begin || q >= end)) __builtin_trap();
    }
};

void read_everything(const Image &image, const Bounds &bounds) {
    Symbol s;
    const size_t count = symbol_count(image);
    for (size_t i = 0; i < count; ++i) {
        if (!symbol_at(image, i, s)) __builtin_trap();  // every index below the count is listed
        if (*s.name) bounds.check(s.name);
        bounds.check(s.version);
        bounds.check(s.address);
        if (std::strlen(s.name) >= static_cast<size_t>(bounds.end - bounds.begin)) __builtin_trap();
        // The image's own names: lookups that reach the end of a chain walk.
        if (i < 64 && *s.name) bounds.check(find_symbol(image, s.name, s.version));
    }
    if (symbol_at(image, count, s)) __builtin_trap();
    for (const char *name : fixed_names)
        for (const char *version : versions) bounds.check(find_symbol(image, name, version));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    // An exact-size heap copy: aligned as a mapping is (the reader rejects a misaligned image),
    // and any read past its end is a heap overflow AddressSanitizer reports.
    std::unique_ptr<unsigned char[]> copy(new unsigned char[size ? size : 1]);
    if (size) std::memcpy(copy.get(), data, size);
    const Bounds bounds{copy.get(), copy.get() + size};

    (void)mapped_extent(copy.get(), size);
    Image image;
    if (parse(copy.get(), size, image) == Error::none) read_everything(image, bounds);
    else if (image.base != nullptr || symbol_count(image) != 0) __builtin_trap();
    if (parse_native(copy.get(), size, image) == Error::none) read_everything(image, bounds);
    return 0;
}

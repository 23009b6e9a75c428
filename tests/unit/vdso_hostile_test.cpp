// Truncated, corrupted and hostile images: the reader must reject them with an Error, or parse
// them and let lookups fail, and never read outside the image or loop without end. Each image
// is copied into a heap block of exactly its size, so a sanitizer build sees any stray read.
#include "tests/unit/vdso_test_files.h"
#include "tests/unit/vdso_test_writer.h"
#include "vdso/reader.h"

#include <doctest/doctest.h>

#include <cstring>
#include <memory>
#include <random>
#include <string>

using namespace vrt::vdso;
using namespace vdso_test;

namespace {

const char *const probe_names[] = {"__vdso_clock_gettime", "__vdso_time", "__vdso_getcpu",
                                   "clock_gettime", "__vdso_absent"};

// Parses `size` bytes of `source` from an exact-size heap copy, then reads everything the API
// offers. Any address handed out must lie inside the copy. Returns parse's verdict.
Error exercise(const unsigned char *source, size_t size) {
    std::unique_ptr<unsigned char[]> copy(new unsigned char[size ? size : 1]);
    if (size) std::memcpy(copy.get(), source, size);
    const unsigned char *begin = copy.get(), *end = copy.get() + size;
    auto inside = [&](const void *p) {
        return p == nullptr || (static_cast<const unsigned char *>(p) >= begin &&
                                static_cast<const unsigned char *>(p) < end);
    };
    Image image;
    const Error e = parse(copy.get(), size, image);
    Image native;
    const Error native_e = parse_native(copy.get(), size, native);
    CHECK((native_e == e || native_e == Error::bad_class));
    if (e != Error::none) {
        CHECK(image.base == nullptr);
        return e;
    }
    // One verdict per image: the loops below run over a million times in this file.
    bool all_inside = true;
    Symbol s;
    for (size_t i = 0; symbol_at(image, i, s); ++i) {
        // An unnamed symbol's name is the reader's own "".
        all_inside = all_inside && (!*s.name || inside(s.name)) && std::strlen(s.name) < size &&
                     inside(s.address) && (!s.version || inside(s.version));
    }
    for (const char *name : probe_names) {
        for (const char *version : {static_cast<const char *>(nullptr), "LINUX_2.6"})
            all_inside = all_inside && inside(find_symbol(image, name, version));
    }
    CHECK(all_inside);
    return e;
}

Error exercise(const std::vector<unsigned char> &bytes) { return exercise(bytes.data(), bytes.size()); }

// Every prefix, from empty to whole; the whole image must parse.
void exercise_every_prefix(const std::vector<unsigned char> &bytes) {
    for (size_t size = 0; size < bytes.size(); ++size) exercise(bytes.data(), size);
    CHECK(exercise(bytes) == Error::none);
}

ImageSpec spec_for(bool gnu, bool sysv, bool sections) {
    ImageSpec spec = vdso_like_spec();
    spec.gnu_hash = gnu;
    spec.sysv_hash = sysv;
    spec.section_headers = sections;
    return spec;
}

}  // namespace

TEST_CASE("vdso: every prefix of every crafted image is rejected or read safely") {
    for (unsigned char elf_class : {ELFCLASS64, ELFCLASS32}) {
        for (bool sections : {false, true}) {
            for (auto style : {std::pair{true, true}, {true, false}, {false, true}, {false, false}}) {
                const bool gnu = style.first, sysv = style.second;
                Crafted c = craft(elf_class, spec_for(gnu, sysv, sections || (!gnu && !sysv)));
                exercise_every_prefix(c.bytes);
            }
        }
    }
}

TEST_CASE("vdso: every prefix of every linked image is rejected or read safely") {
    for (const LinkedImage &linked : linked_images) {
        const std::string name = linked.name;
        CAPTURE(name);
        const std::vector<unsigned char> bytes = read_test_image(name);
        if (linked.big_endian != (native_data_encoding == ELFDATA2MSB)) {
            for (size_t size = 0; size <= bytes.size(); ++size) exercise(bytes.data(), size);
            continue;
        }
        exercise_every_prefix(bytes);
    }
}

TEST_CASE("vdso: a GNU hash header with a zero or out-of-range field is rejected") {
    auto with = [](size_t field, uint32_t value) {
        Crafted c = craft(ELFCLASS64, spec_for(true, false, false));
        put<uint32_t>(c.bytes, c.layout.gnu_hash + field, value);
        return c.reparse();
    };
    const size_t nbuckets = 0, symoffset = 4, bloom_size = 8, bloom_shift = 12;
    CHECK(with(nbuckets, 0) == Error::bad_hash_table);
    CHECK(with(nbuckets, 0x40000000) == Error::bad_hash_table);
    CHECK(with(bloom_size, 0) == Error::bad_hash_table);
    CHECK(with(bloom_size, 0x20000000) == Error::bad_hash_table);
    CHECK(with(bloom_shift, 32) == Error::bad_hash_table);
    CHECK(with(bloom_shift, 0xffffffff) == Error::bad_hash_table);
    CHECK(with(symoffset, 5) == Error::bad_hash_table);  // buckets point below symoffset
    CHECK(with(bloom_shift, 31) == Error::none);
}

TEST_CASE("vdso: GNU hash bucket and chain values out of range fail safely") {
    SUBCASE("a bucket past the symbols") {
        Crafted c = craft(ELFCLASS64, spec_for(true, false, false));
        put<uint32_t>(c.bytes, c.layout.gnu_buckets, 0x7fffffff);
        CHECK(c.reparse() == Error::bad_hash_table);
        CHECK(exercise(c.bytes) == Error::bad_hash_table);
    }
    SUBCASE("chains without an end bit, counted by DT_HASH") {
        Crafted c = craft(ELFCLASS64, spec_for(true, true, false));
        const size_t symbols = vdso_like_spec().symbols.size();
        for (size_t i = 0; i < symbols; ++i) {
            const size_t at = c.layout.gnu_chains + 4 * i;
            put<uint32_t>(c.bytes, at, get<uint32_t>(c.bytes, at) & ~1u);
        }
        REQUIRE(c.reparse() == Error::none);
        CHECK(find_symbol(c.image, "__vdso_absent", nullptr) == nullptr);
        CHECK(find_symbol(c.image, "__vdso_time", nullptr) == c.code_of("__vdso_time"));
        exercise(c.bytes);
    }
    SUBCASE("chains without an end bit, alone") {
        Crafted c = craft(ELFCLASS64, spec_for(true, false, false));
        const size_t symbols = vdso_like_spec().symbols.size();
        for (size_t i = 0; i < symbols; ++i) put<uint32_t>(c.bytes, c.layout.gnu_chains + 4 * i, 0);
        const Error e = c.reparse();
        exercise(c.bytes);
        if (e == Error::none) CHECK(find_symbol(c.image, "__vdso_absent", nullptr) == nullptr);
        else CHECK((e == Error::bad_hash_table || e == Error::bad_symbol_table));
    }
}

TEST_CASE("vdso: a SysV hash table with bad sizes is rejected") {
    auto with = [](size_t entry, uint32_t value) {
        Crafted c = craft(ELFCLASS64, spec_for(false, true, false));
        put<uint32_t>(c.bytes, c.layout.sysv_hash + 4 * entry, value);
        return c.reparse();
    };
    CHECK(with(0, 0) == Error::bad_hash_table);
    CHECK(with(0, 0xffffffff) == Error::bad_hash_table);
    CHECK(with(1, 0xffffffff) == Error::bad_hash_table);
    CHECK(with(1, 0x10000) == Error::bad_hash_table);
}

TEST_CASE("vdso: SysV buckets and chains that point anywhere, or loop, fail safely") {
    const size_t count = vdso_like_spec().symbols.size() + 1;
    SUBCASE("every chain loops on itself") {
        Crafted c = craft(ELFCLASS64, spec_for(false, true, false));
        for (size_t i = 0; i < count; ++i) put<uint32_t>(c.bytes, c.layout.sysv_chains + 4 * i, static_cast<uint32_t>(i));
        REQUIRE(c.reparse() == Error::none);
        CHECK(find_symbol(c.image, "__vdso_absent", nullptr) == nullptr);
        exercise(c.bytes);
    }
    SUBCASE("chains form one cycle through every symbol") {
        Crafted c = craft(ELFCLASS64, spec_for(false, true, false));
        for (size_t i = 0; i < count; ++i)
            put<uint32_t>(c.bytes, c.layout.sysv_chains + 4 * i, static_cast<uint32_t>(i % (count - 1) + 1));
        REQUIRE(c.reparse() == Error::none);
        CHECK(find_symbol(c.image, "__vdso_absent", nullptr) == nullptr);
        // Every symbol is on the cycle, so every bucket's walk reaches it.
        CHECK(find_symbol(c.image, "__vdso_time", nullptr) == c.code_of("__vdso_time"));
    }
    SUBCASE("buckets and chains past the symbol count") {
        Crafted c = craft(ELFCLASS64, spec_for(false, true, false));
        for (uint32_t b = 0; b < sysv_buckets; ++b) put<uint32_t>(c.bytes, c.layout.sysv_buckets + 4 * b, 0xfffffff0);
        REQUIRE(c.reparse() == Error::none);
        CHECK(find_symbol(c.image, "__vdso_time", nullptr) == nullptr);
        Crafted d = craft(ELFCLASS64, spec_for(false, true, false));
        for (size_t i = 0; i < count; ++i) put<uint32_t>(d.bytes, d.layout.sysv_chains + 4 * i, 0x7fffffff);
        REQUIRE(d.reparse() == Error::none);
        CHECK(find_symbol(d.image, "__vdso_absent", nullptr) == nullptr);
    }
    SUBCASE("8-byte entries with values beyond 32 bits") {
        ImageSpec spec = spec_for(false, true, false);
        spec.machine = EM_S390;
        spec.sysv_entry_size = 8;
        Crafted c = craft(ELFCLASS64, spec);
        for (size_t i = 0; i < count; ++i) put<uint64_t>(c.bytes, c.layout.sysv_chains + 8 * i, uint64_t{1} << 40);
        REQUIRE(c.reparse() == Error::none);
        CHECK(find_symbol(c.image, "__vdso_absent", nullptr) == nullptr);
        put<uint64_t>(c.bytes, c.layout.sysv_hash + 8, (uint64_t{1} << 40) + 7);  // nchain
        CHECK(c.reparse() == Error::bad_hash_table);
    }
}

TEST_CASE("vdso: section headers that lie are ignored or rejected") {
    ImageSpec spec = spec_for(false, false, true);
    spec.strtab_before_symtab = true;
    auto with = [&](size_t field, uint64_t value) {
        Crafted c = craft(ELFCLASS64, spec);
        put<uint64_t>(c.bytes, c.layout.shdrs + sizeof(Elf64_Shdr) + field, value);
        return c.reparse();
    };
    CHECK(with(offsetof(Elf64_Shdr, sh_size), UINT64_MAX) == Error::unknown_symbol_count);
    const size_t image_size = craft(ELFCLASS64, spec).bytes.size();
    CHECK(with(offsetof(Elf64_Shdr, sh_size), image_size - image_size % sizeof(Elf64_Sym)) ==
          Error::bad_symbol_table);
    CHECK(with(offsetof(Elf64_Shdr, sh_offset), 8) == Error::unknown_symbol_count);
    Crafted c = craft(ELFCLASS64, spec);
    put<uint64_t>(c.bytes, offsetof(Elf64_Ehdr, e_shoff), UINT64_MAX - 64);
    CHECK(c.reparse() == Error::unknown_symbol_count);
}

TEST_CASE("vdso: thousands of random corruptions never read outside the image") {
    std::mt19937 random(20240607);  // fixed: the same images on every run
    const uint64_t interesting[] = {0, 1, 0x7f, 0x80, 0xff, 0xffff, 0x7fffffff, 0x80000000, 0xffffffff,
                                    0xfffffffffffffff0, UINT64_MAX};
    std::vector<std::vector<unsigned char>> seeds;
    for (unsigned char elf_class : {ELFCLASS64, ELFCLASS32})
        for (auto [gnu, sysv] : {std::pair{true, true}, {true, false}, {false, true}, {false, false}})
            seeds.push_back(craft(elf_class, spec_for(gnu, sysv, true)).bytes);
    for (const char *name : {"x86_64-both.so", "i386-gnu.so", "x86_64-two-versions.so"})
        seeds.push_back(read_test_image(name));
    size_t parsed = 0;
    for (int round = 0; round < 20000; ++round) {
        std::vector<unsigned char> bytes = seeds[static_cast<size_t>(round) % seeds.size()];
        const int changes = 1 + static_cast<int>(random() % 4);
        for (int k = 0; k < changes; ++k) {
            const size_t at = random() % bytes.size();
            if (random() % 2) {
                bytes[at] = static_cast<unsigned char>(random());
            } else {
                const uint64_t value = interesting[random() % std::size(interesting)];
                const size_t width = size_t{1} << (random() % 4);
                std::memcpy(bytes.data() + at, &value, std::min(width, bytes.size() - at));
            }
        }
        if (exercise(bytes) == Error::none) ++parsed;
    }
    MESSAGE(parsed << " of 20000 corrupted images parsed");
    CHECK(parsed > 0);  // the mutations are small enough that many images stay readable
}

// vdso::find_symbol and the symbol iteration on crafted images: which hash table is used, the
// Bloom filter, 8-byte SysV entries, the no-hash-table scan, which symbols may match, and where
// a found symbol's address points.
#include "tests/unit/vdso_test_writer.h"
#include "vdso/reader.h"

#include <doctest/doctest.h>

#include <set>
#include <string>

using namespace vrt::vdso;
using namespace vdso_test;

namespace {

// Every name of `spec` is found, at its own code, in the image's version.
void check_every_symbol_found(Crafted &c, const ImageSpec &spec) {
    REQUIRE(c.error == Error::none);
    for (const SymbolSpec &s : spec.symbols) {
        CAPTURE(s.name);
        CHECK(find_symbol(c.image, s.name.c_str(), "LINUX_2.6") == c.code_of(s.name));
        CHECK(find_symbol(c.image, s.name.c_str(), nullptr) == c.code_of(s.name));
    }
    CHECK(find_symbol(c.image, "__vdso_absent", nullptr) == nullptr);
    CHECK(find_symbol(c.image, "__vdso_time_", nullptr) == nullptr);
    CHECK(find_symbol(c.image, "__vdso_tim", nullptr) == nullptr);
}

ImageSpec hash_style(bool gnu, bool sysv) {
    ImageSpec spec = vdso_like_spec();
    spec.gnu_hash = gnu;
    spec.sysv_hash = sysv;
    return spec;
}

}  // namespace

TEST_CASE("vdso: symbols are found through either hash table, or both, in both classes") {
    for (unsigned char elf_class : {ELFCLASS64, ELFCLASS32}) {
        for (auto style : {std::pair{true, false}, {false, true}, {true, true}}) {
            const bool gnu = style.first, sysv = style.second;
            CAPTURE(int{elf_class});
            CAPTURE(gnu);
            const ImageSpec spec = hash_style(gnu, sysv);
            Crafted c = craft(elf_class, spec);
            check_every_symbol_found(c, spec);
            CHECK(has_gnu_hash(c.image) == gnu);
            CHECK(has_sysv_hash(c.image) == sysv);
            CHECK(symbol_count(c.image) == spec.symbols.size() + 1);
        }
    }
}

TEST_CASE("vdso: a GNU hash table is authoritative: no fallback to DT_HASH") {
    Crafted c = craft(ELFCLASS64, hash_style(true, true));
    // With the SysV buckets emptied, lookups still succeed: they go through the GNU table.
    for (uint32_t b = 0; b < sysv_buckets; ++b) put<uint32_t>(c.bytes, c.layout.sysv_buckets + 4 * b, 0);
    REQUIRE(c.reparse() == Error::none);
    CHECK(find_symbol(c.image, "__vdso_time", nullptr) == c.code_of("__vdso_time"));
    // With the GNU buckets emptied, they fail although the SysV table (restored) has the names.
    Crafted fresh = craft(ELFCLASS64, hash_style(true, true));
    for (uint32_t b = 0; b < gnu_buckets; ++b) put<uint32_t>(fresh.bytes, fresh.layout.gnu_buckets + 4 * b, 0);
    REQUIRE(fresh.reparse() == Error::none);
    CHECK(find_symbol(fresh.image, "__vdso_time", nullptr) == nullptr);
}

TEST_CASE("vdso: the Bloom filter is consulted, with words as wide as the class's Addr") {
    for (unsigned char elf_class : {ELFCLASS64, ELFCLASS32}) {
        CAPTURE(int{elf_class});
        Crafted c = craft(elf_class, hash_style(true, false));
        const size_t word = elf_class == ELFCLASS64 ? 8 : 4;
        // A clear filter says no name is present, whatever the buckets say.
        std::fill_n(c.bytes.begin() + static_cast<long>(c.layout.gnu_bloom), word, 0);
        REQUIRE(c.reparse() == Error::none);
        CHECK(find_symbol(c.image, "__vdso_time", nullptr) == nullptr);
        CHECK(find_symbol(c.image, "__vdso_getcpu", nullptr) == nullptr);
        // A full one passes everything on to the buckets.
        std::fill_n(c.bytes.begin() + static_cast<long>(c.layout.gnu_bloom), word, 0xff);
        REQUIRE(c.reparse() == Error::none);
        CHECK(find_symbol(c.image, "__vdso_time", nullptr) == c.code_of("__vdso_time"));
        CHECK(find_symbol(c.image, "__vdso_absent", nullptr) == nullptr);
    }
}

TEST_CASE("vdso: DT_HASH entries are 8 bytes for ELF64 s390 and Alpha only") {
    CHECK(sysv_hash_entry_size(ELFCLASS64, EM_S390) == 8);
    CHECK(sysv_hash_entry_size(ELFCLASS64, EM_ALPHA) == 8);
    CHECK(sysv_hash_entry_size(ELFCLASS32, EM_S390) == 4);
    CHECK(sysv_hash_entry_size(ELFCLASS64, EM_X86_64) == 4);
    CHECK(sysv_hash_entry_size(ELFCLASS64, EM_AARCH64) == 4);
    CHECK(sysv_hash_entry_size(ELFCLASS64, EM_PPC64) == 4);
    CHECK(sysv_hash_entry_size(ELFCLASS32, EM_386) == 4);
}

TEST_CASE("vdso: an ELF64 s390 image's 8-byte DT_HASH finds every symbol") {
    for (uint16_t machine : {uint16_t{EM_S390}, uint16_t{EM_ALPHA}}) {
        ImageSpec spec = hash_style(false, true);
        spec.machine = machine;
        spec.sysv_entry_size = 8;
        Crafted c = craft(ELFCLASS64, spec);
        check_every_symbol_found(c, spec);
        CHECK(symbol_count(c.image) == spec.symbols.size() + 1);
    }
    // The same table read with 4-byte entries would be nonsense: the width follows e_machine.
    ImageSpec spec = hash_style(false, true);
    spec.machine = EM_S390;
    spec.sysv_entry_size = 4;
    Crafted misread = craft(ELFCLASS64, spec);
    CHECK((misread.error != Error::none ||
           find_symbol(misread.image, "__vdso_clock_gettime", nullptr) == nullptr));
}

TEST_CASE("vdso: without hash tables the count comes from SHT_DYNSYM") {
    ImageSpec spec = hash_style(false, false);
    spec.section_headers = true;
    spec.strtab_before_symtab = true;  // so the DT_STRTAB - DT_SYMTAB estimate cannot be it
    for (unsigned char elf_class : {ELFCLASS64, ELFCLASS32}) {
        Crafted c = craft(elf_class, spec);
        check_every_symbol_found(c, spec);
        CHECK(symbol_count(c.image) == spec.symbols.size() + 1);
    }
}

TEST_CASE("vdso: without hash tables or sections the count is the DT_SYMTAB..DT_STRTAB gap") {
    ImageSpec spec = hash_style(false, false);
    for (unsigned char elf_class : {ELFCLASS64, ELFCLASS32}) {
        Crafted c = craft(elf_class, spec);
        check_every_symbol_found(c, spec);
        CHECK(symbol_count(c.image) == spec.symbols.size() + 1);
    }
    spec.strtab_before_symtab = true;
    CHECK(craft(ELFCLASS64, spec).error == Error::unknown_symbol_count);
}

TEST_CASE("vdso: only defined global or weak functions (or untyped symbols) match") {
    ImageSpec base = vdso_like_spec();
    base.symbols.push_back({"__vdso_weak", STT_FUNC, STB_WEAK});
    base.symbols.push_back({"__vdso_untyped", STT_NOTYPE, STB_GLOBAL});
    base.symbols.push_back({"__vdso_undefined", STT_FUNC, STB_GLOBAL, false});
    base.symbols.push_back({"__vdso_object", STT_OBJECT, STB_GLOBAL});
    base.symbols.push_back({"__vdso_local", STT_FUNC, STB_LOCAL});
    base.symbols.push_back({"__vdso_tls", STT_TLS, STB_GLOBAL});
    base.symbols.push_back({"__vdso_section", STT_SECTION, STB_GLOBAL});
    base.symbols.push_back({"__vdso_unique", STT_FUNC, 10 /* STB_GNU_UNIQUE */});
    for (auto style : {std::pair{true, false}, {false, true}, {false, false}}) {
        const bool gnu = style.first, sysv = style.second;
        ImageSpec spec = base;
        spec.gnu_hash = gnu;
        spec.sysv_hash = sysv;
        Crafted c = craft(ELFCLASS64, spec);
        REQUIRE(c.error == Error::none);
        CHECK(find_symbol(c.image, "__vdso_weak", "LINUX_2.6") == c.code_of("__vdso_weak"));
        CHECK(find_symbol(c.image, "__vdso_untyped", "LINUX_2.6") == c.code_of("__vdso_untyped"));
        for (const char *name : {"__vdso_undefined", "__vdso_object", "__vdso_local",
                                 "__vdso_tls", "__vdso_section", "__vdso_unique"}) {
            CAPTURE(name);
            CHECK(find_symbol(c.image, name, nullptr) == nullptr);
        }
    }
}

TEST_CASE("vdso: a symbol without a name (st_name 0) never matches") {
    ImageSpec spec = vdso_like_spec();
    spec.symbols.push_back({"", STT_FUNC, STB_GLOBAL});
    Crafted c = craft(ELFCLASS64, spec);
    REQUIRE(c.error == Error::none);
    CHECK(find_symbol(c.image, "", nullptr) == nullptr);
    for (size_t i = 1; i < symbol_count(c.image); ++i)
        CHECK(resolve_symbol(c.image, i, "", nullptr) == nullptr);
    // arm blanks a symbol by zeroing st_name and leaves the hash tables alone.
    Crafted blanked = craft(ELFCLASS64, vdso_like_spec());
    const size_t index = blanked.index_of("__vdso_clock_gettime");
    put<uint32_t>(blanked.bytes, blanked.layout.dynsym + index * sizeof(Elf64_Sym), 0);
    REQUIRE(blanked.reparse() == Error::none);
    CHECK(find_symbol(blanked.image, "__vdso_clock_gettime", "LINUX_2.6") == nullptr);
    CHECK(find_symbol(blanked.image, "__vdso_gettimeofday", "LINUX_2.6") != nullptr);
}

TEST_CASE("vdso: a symbol outside every executable PT_LOAD is not found") {
    ImageSpec spec = vdso_like_spec();
    spec.symbols.push_back({"__vdso_in_rodata"});
    spec.symbols.back().place = Place::rodata;
    spec.symbols.push_back({"__vdso_nowhere"});
    spec.symbols.back().place = Place::nowhere;
    for (unsigned char elf_class : {ELFCLASS64, ELFCLASS32}) {
        Crafted c = craft(elf_class, spec);
        REQUIRE(c.error == Error::none);
        CHECK(find_symbol(c.image, "__vdso_in_rodata", nullptr) == nullptr);
        CHECK(find_symbol(c.image, "__vdso_nowhere", nullptr) == nullptr);
        Symbol s;
        REQUIRE(symbol_at(c.image, c.index_of("__vdso_in_rodata"), s));
        CHECK(s.defined);
        CHECK(s.address == nullptr);
    }
}

TEST_CASE("vdso: a found address is the image base plus the symbol's translated offset") {
    ImageSpec spec = vdso_like_spec();
    spec.bias = 0;
    spec.text_gap = 0x200000;  // the text segment alone is displaced
    Crafted c = craft(ELFCLASS64, spec);
    REQUIRE(c.error == Error::none);
    Symbol s;
    REQUIRE(symbol_at(c.image, c.index_of("__vdso_getcpu"), s));
    CHECK(s.address == c.bytes.data() + c.layout.text_offset_of(c.index_of("__vdso_getcpu")));
    CHECK(find_symbol(c.image, "__vdso_getcpu", nullptr) == s.address);
}

TEST_CASE("vdso: symbol_at lists every entry, the null symbol first") {
    ImageSpec spec = vdso_like_spec();
    spec.symbols.push_back({"__vdso_undefined", STT_FUNC, STB_GLOBAL, false});
    spec.symbols.push_back({"__vdso_object", STT_OBJECT, STB_WEAK});
    for (unsigned char elf_class : {ELFCLASS64, ELFCLASS32}) {
        Crafted c = craft(elf_class, spec);
        REQUIRE(c.error == Error::none);
        REQUIRE(symbol_count(c.image) == spec.symbols.size() + 1);
        Symbol s;
        REQUIRE(symbol_at(c.image, 0, s));
        CHECK(std::string(s.name).empty());
        CHECK_FALSE(s.defined);
        CHECK(s.address == nullptr);
        CHECK(s.version == nullptr);
        std::set<std::string> names;
        for (size_t i = 1; i < symbol_count(c.image); ++i) {
            REQUIRE(symbol_at(c.image, i, s));
            names.insert(s.name);
            REQUIRE(s.version != nullptr);
            CHECK(std::string(s.version) == "LINUX_2.6");
            if (std::string(s.name) == "__vdso_undefined") {
                CHECK_FALSE(s.defined);
                CHECK(s.address == nullptr);
            } else if (std::string(s.name) == "__vdso_object") {
                CHECK(s.type == STT_OBJECT);
                CHECK(s.binding == STB_WEAK);
            } else {
                CHECK(s.defined);
                CHECK(s.type == STT_FUNC);
                CHECK(s.binding == STB_GLOBAL);
                CHECK(s.address == find_symbol(c.image, s.name, s.version));
                CHECK(s.address == c.code_of(s.name));
            }
        }
        CHECK(names.size() == spec.symbols.size());
        CHECK_FALSE(symbol_at(c.image, symbol_count(c.image), s));
        CHECK_FALSE(symbol_at(c.image, SIZE_MAX, s));
    }
}

TEST_CASE("vdso: a null or empty name finds nothing") {
    Crafted c = craft(ELFCLASS64, vdso_like_spec());
    REQUIRE(c.error == Error::none);
    CHECK(find_symbol(c.image, nullptr, nullptr) == nullptr);
    CHECK(find_symbol(c.image, "", "LINUX_2.6") == nullptr);
}

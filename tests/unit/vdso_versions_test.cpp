// Symbol versions as the kernel's parse_vdso.c checks them: versym's hidden bit masked, the
// base definition skipped, the first Verdaux's name compared; no tables means no check.
#include "tests/unit/vdso_test_writer.h"
#include "vdso/reader.h"

#include <doctest/doctest.h>

#include <string>

using namespace vrt::vdso;
using namespace vdso_test;

namespace {

ImageSpec spec_with(std::vector<SymbolSpec> symbols, bool gnu = true, bool sysv = true) {
    ImageSpec spec;
    spec.symbols = std::move(symbols);
    spec.version_names = {"LINUX_2.6", "LINUX_4.15"};
    spec.gnu_hash = gnu;
    spec.sysv_hash = sysv;
    return spec;
}

SymbolSpec in_version(const char *name, uint16_t versym) {
    SymbolSpec s{name};
    s.versym = versym;
    return s;
}

// The code address of symbol `name` defined with exactly this versym value.
void *code_of_version(Crafted &c, const std::string &name, uint16_t versym) {
    for (size_t i = 0; i < c.layout.symbols_in_order.size(); ++i) {
        const SymbolSpec &s = c.layout.symbols_in_order[i];
        if (s.name == name && s.versym == versym) return c.bytes.data() + c.layout.text_offset_of(i + 1);
    }
    return nullptr;
}

}  // namespace

TEST_CASE("vdso: a version must match exactly; no version matches any") {
    Crafted c = craft(ELFCLASS64, spec_with({in_version("__vdso_time", 2)}));
    REQUIRE(c.error == Error::none);
    CHECK(find_symbol(c.image, "__vdso_time", "LINUX_2.6") == c.code_of("__vdso_time"));
    CHECK(find_symbol(c.image, "__vdso_time", nullptr) == c.code_of("__vdso_time"));
    for (const char *other : {"LINUX_4.15", "LINUX_2", "LINUX_2.6.39", "linux_2.6", ""}) {
        CAPTURE(other);
        CHECK(find_symbol(c.image, "__vdso_time", other) == nullptr);
    }
}

TEST_CASE("vdso: one name in two versions resolves to each version's own code") {
    for (auto style : {std::pair{true, false}, {false, true}, {false, false}}) {
        const bool gnu = style.first, sysv = style.second;
        for (unsigned char elf_class : {ELFCLASS64, ELFCLASS32}) {
            CAPTURE(gnu);
            CAPTURE(sysv);
            Crafted c = craft(elf_class, spec_with({in_version("__vdso_clock_gettime", 2),
                                                    in_version("__vdso_clock_gettime", 3),
                                                    in_version("__vdso_time", 2)},
                                                   gnu, sysv));
            REQUIRE(c.error == Error::none);
            void *old_one = code_of_version(c, "__vdso_clock_gettime", 2);
            void *new_one = code_of_version(c, "__vdso_clock_gettime", 3);
            REQUIRE(old_one != nullptr);
            REQUIRE(new_one != nullptr);
            CHECK(find_symbol(c.image, "__vdso_clock_gettime", "LINUX_2.6") == old_one);
            CHECK(find_symbol(c.image, "__vdso_clock_gettime", "LINUX_4.15") == new_one);
            CHECK(find_symbol(c.image, "__vdso_clock_gettime", "LINUX_9") == nullptr);
        }
    }
}

TEST_CASE("vdso: the hidden bit of a versym entry is ignored") {
    Crafted c = craft(ELFCLASS64, spec_with({in_version("__vdso_getcpu", versym_hidden | 3)}));
    REQUIRE(c.error == Error::none);
    CHECK(find_symbol(c.image, "__vdso_getcpu", "LINUX_4.15") == c.code_of("__vdso_getcpu"));
    Symbol s;
    REQUIRE(symbol_at(c.image, c.index_of("__vdso_getcpu"), s));
    REQUIRE(s.version != nullptr);
    CHECK(std::string(s.version) == "LINUX_4.15");
}

TEST_CASE("vdso: the base definition (VER_FLG_BASE) is the file's name, not a version") {
    Crafted c = craft(ELFCLASS64, spec_with({in_version("__vdso_time", VER_NDX_GLOBAL)}));
    REQUIRE(c.error == Error::none);
    CHECK(find_symbol(c.image, "__vdso_time", "linux-vdso.so.1") == nullptr);
    CHECK(find_symbol(c.image, "__vdso_time", nullptr) == c.code_of("__vdso_time"));
    Symbol s;
    REQUIRE(symbol_at(c.image, c.index_of("__vdso_time"), s));
    CHECK(s.version == nullptr);
}

TEST_CASE("vdso: a versym index no Verdef defines matches no version") {
    Crafted c = craft(ELFCLASS64, spec_with({in_version("__vdso_time", 7)}));
    REQUIRE(c.error == Error::none);
    CHECK(find_symbol(c.image, "__vdso_time", "LINUX_2.6") == nullptr);
    CHECK(find_symbol(c.image, "__vdso_time", nullptr) == c.code_of("__vdso_time"));
}

TEST_CASE("vdso: without DT_VERSYM and DT_VERDEF any version is accepted") {
    ImageSpec spec = spec_with({in_version("__vdso_time", 2)});
    spec.versions = false;
    Crafted c = craft(ELFCLASS64, spec);
    REQUIRE(c.error == Error::none);
    CHECK(find_symbol(c.image, "__vdso_time", "LINUX_2.6") == c.code_of("__vdso_time"));
    CHECK(find_symbol(c.image, "__vdso_time", "NO_SUCH_VERSION") == c.code_of("__vdso_time"));
    Symbol s;
    REQUIRE(symbol_at(c.image, c.index_of("__vdso_time"), s));
    CHECK(s.version == nullptr);
}

TEST_CASE("vdso: with only one of DT_VERSYM and DT_VERDEF there is no version check") {
    for (long missing : {long{DT_VERSYM}, long{DT_VERDEF}}) {
        CAPTURE(missing);
        Crafted c = craft(ELFCLASS64, spec_with({in_version("__vdso_time", 2)}));
        put<int64_t>(c.bytes, c.layout.dynamic_tag.at(missing), DT_DEBUG);
        REQUIRE(c.reparse() == Error::none);
        CHECK_FALSE(has_version_tables(c.image));
        CHECK(find_symbol(c.image, "__vdso_time", "NO_SUCH_VERSION") == c.code_of("__vdso_time"));
    }
}

TEST_CASE("vdso: DT_VERDEFNUM bounds the Verdef walk") {
    Crafted c = craft(ELFCLASS64, spec_with({in_version("__vdso_time", 2)}));
    put<uint64_t>(c.bytes, c.layout.dynamic_value.at(DT_VERDEFNUM), 1);  // the base one only
    REQUIRE(c.reparse() == Error::none);
    CHECK(find_symbol(c.image, "__vdso_time", "LINUX_2.6") == nullptr);
    // Without DT_VERDEFNUM, vd_next == 0 ends the walk.
    put<int64_t>(c.bytes, c.layout.dynamic_tag.at(DT_VERDEFNUM), DT_DEBUG);
    REQUIRE(c.reparse() == Error::none);
    CHECK(find_symbol(c.image, "__vdso_time", "LINUX_4.15") == nullptr);
    CHECK(find_symbol(c.image, "__vdso_time", "LINUX_2.6") == c.code_of("__vdso_time"));
}

TEST_CASE("vdso: broken version tables are rejected") {
    auto with = [](auto change) {
        Crafted c = craft(ELFCLASS64, spec_with({in_version("__vdso_time", 2)}));
        change(c);
        return c.reparse();
    };
    const size_t vd_next = offsetof(Verdef, vd_next), vd_aux = offsetof(Verdef, vd_aux);
    // A vd_next that, added in 32 bits, would step back 20 bytes: the walk must not cycle.
    CHECK(with([&](Crafted &c) { put<uint32_t>(c.bytes, c.layout.verdef_records[1] + vd_next, 0xffffffec); }) ==
          Error::bad_version_tables);
    CHECK(with([&](Crafted &c) { put<uint32_t>(c.bytes, c.layout.verdef_records[0] + vd_next, 0x100000); }) ==
          Error::bad_version_tables);
    CHECK(with([&](Crafted &c) { put<uint32_t>(c.bytes, c.layout.verdef_records[1] + vd_aux, 0xfffffff8); }) ==
          Error::bad_version_tables);
    CHECK(with([&](Crafted &c) { put<uint32_t>(c.bytes, c.layout.verdef_records[1] + vd_aux, 2); }) ==
          Error::bad_version_tables);  // misaligned Verdaux
    CHECK(with([&](Crafted &c) {
              const size_t name = c.layout.verdef_records[2] + sizeof(Verdef);
              put<uint32_t>(c.bytes, name, 0x7fffffff);
          }) == Error::bad_version_tables);
    CHECK(with([&](Crafted &c) {
              // The name's terminator is past DT_STRSZ: shrink the table to end inside the name.
              const size_t strsz = c.layout.dynamic_value.at(DT_STRSZ);
              put<uint64_t>(c.bytes, strsz, get<uint64_t>(c.bytes, strsz) - 2);
          }) == Error::bad_version_tables);
    CHECK(with([&](Crafted &c) {
              // A versym table that would need bytes past the end of the image.
              put<uint64_t>(c.bytes, c.layout.dynamic_value.at(DT_VERSYM), 0x10000 + c.layout.rodata + 62);
          }) == Error::bad_version_tables);
}

TEST_CASE("vdso: a Verdef chain with short overlapping steps still ends") {
    Crafted c = craft(ELFCLASS64, spec_with({in_version("__vdso_time", 3)}));
    put<int64_t>(c.bytes, c.layout.dynamic_tag.at(DT_VERDEFNUM), DT_DEBUG);
    // vd_next = 4 walks through the records' own bytes; whatever it reads, it must stop.
    for (size_t record : c.layout.verdef_records) put<uint32_t>(c.bytes, record + offsetof(Verdef, vd_next), 4);
    const Error e = c.reparse();
    if (e == Error::none) CHECK(find_symbol(c.image, "__vdso_time", "LINUX_4.15") == nullptr);
    else CHECK(e == Error::bad_version_tables);
}

// vdso::parse on the ELF header, the program headers and the dynamic table: each check has an
// image that fails it, built by corrupting one field of an otherwise good crafted image.
#include "tests/unit/vdso_test_writer.h"
#include "vdso/reader.h"

#include <doctest/doctest.h>

#include <cstring>
#include <set>
#include <string>
#include <vector>

using namespace vrt::vdso;
using namespace vdso_test;

namespace {

Crafted build64(const ImageSpec &spec = vdso_like_spec()) { return craft(ELFCLASS64, spec); }
Crafted build32(const ImageSpec &spec = vdso_like_spec()) { return craft(ELFCLASS32, spec); }
Crafted build_native() { return craft(NativeClass::id, vdso_like_spec()); }

Error parse_bytes(const std::vector<unsigned char> &bytes, unsigned machine = 0) {
    Image image;
    return parse(bytes.data(), bytes.size(), image, machine);
}

}  // namespace

TEST_CASE("vdso: a well-formed crafted image parses in both classes") {
    for (unsigned char elf_class : {ELFCLASS64, ELFCLASS32}) {
        Crafted b = craft(elf_class, vdso_like_spec());
        Image &image = b.image;
        REQUIRE(b.error == Error::none);
        CHECK(image.base == b.bytes.data());
        CHECK(image.size == b.bytes.size());
        CHECK(symbol_count(image) == vdso_like_spec().symbols.size() + 1);
        CHECK(has_gnu_hash(image));
        CHECK(has_sysv_hash(image));
        CHECK(find_symbol(image, "__vdso_time", "LINUX_2.6") != nullptr);
    }
}

TEST_CASE("vdso: the ELF class decides the layout, read from e_ident") {
    Image image;
    Crafted b64 = build64(), b32 = build32();
    REQUIRE(parse(b64.bytes.data(), b64.bytes.size(), image) == Error::none);
    CHECK(image.elf_class == ELFCLASS64);
    CHECK(image.machine == EM_X86_64);
    REQUIRE(parse(b32.bytes.data(), b32.bytes.size(), image) == Error::none);
    CHECK(image.elf_class == ELFCLASS32);
    CHECK(image.machine == EM_386);
}

TEST_CASE("vdso: parse_native accepts only the build's own class") {
    Crafted native = build_native();
    Crafted foreign = craft(NativeClass::id == ELFCLASS64 ? ELFCLASS32 : ELFCLASS64, vdso_like_spec());
    Image image;
    CHECK(parse_native(native.bytes.data(), native.bytes.size(), image) == Error::none);
    CHECK(find_symbol(image, "__vdso_getcpu", "LINUX_2.6") != nullptr);
    CHECK(parse_native(foreign.bytes.data(), foreign.bytes.size(), image) == Error::bad_class);
    CHECK(image.base == nullptr);
    CHECK(parse(foreign.bytes.data(), foreign.bytes.size(), image) == Error::none);
}

TEST_CASE("vdso: fewer bytes than an ELF header are too small") {
    Crafted b = build64();
    Image image;
    CHECK(parse(b.bytes.data(), 0, image) == Error::too_small);
    CHECK(parse(b.bytes.data(), EI_NIDENT - 1, image) == Error::too_small);
    CHECK(parse(b.bytes.data(), sizeof(Elf64_Ehdr) - 1, image) == Error::too_small);
    Crafted b32 = build32();
    CHECK(parse(b32.bytes.data(), sizeof(Elf32_Ehdr) - 1, image) == Error::too_small);
}

TEST_CASE("vdso: every magic byte is checked") {
    for (int i = EI_MAG0; i <= EI_MAG3; ++i) {
        Crafted b = build64();
        b.bytes[static_cast<size_t>(i)] ^= 0x20;
        CHECK(parse_bytes(b.bytes) == Error::bad_magic);
    }
}

TEST_CASE("vdso: an unknown ELF class is rejected") {
    for (int elf_class : {ELFCLASSNONE, ELFCLASSNUM}) {
        Crafted b = build64();
        b.bytes[EI_CLASS] = static_cast<unsigned char>(elf_class);
        CHECK(parse_bytes(b.bytes) == Error::bad_class);
    }
}

TEST_CASE("vdso: an image in the other byte order is refused, not misread") {
    const int foreign = native_data_encoding == ELFDATA2LSB ? ELFDATA2MSB : ELFDATA2LSB;
    for (int data : {foreign, ELFDATANONE}) {
        Crafted b = build64();
        b.bytes[EI_DATA] = static_cast<unsigned char>(data);
        CHECK(parse_bytes(b.bytes) == Error::foreign_byte_order);
        CHECK(mapped_extent(b.bytes.data(), b.bytes.size()) == 0);
    }
}

TEST_CASE("vdso: only ET_DYN is a vDSO") {
    for (uint16_t type : {ET_NONE, ET_REL, ET_EXEC, ET_CORE}) {
        Crafted b = build64();
        put<uint16_t>(b.bytes, offsetof(Elf64_Ehdr, e_type), type);
        CHECK(parse_bytes(b.bytes) == Error::not_shared_object);
    }
}

TEST_CASE("vdso: the machine is checked only when one is asked for") {
    Crafted b = build64();
    CHECK(parse_bytes(b.bytes, 0) == Error::none);
    CHECK(parse_bytes(b.bytes, EM_X86_64) == Error::none);
    CHECK(parse_bytes(b.bytes, EM_AARCH64) == Error::wrong_machine);
    CHECK(parse_bytes(b.bytes, EM_386) == Error::wrong_machine);
}

TEST_CASE("vdso: unusable program header tables are rejected") {
    auto with = [](auto change) {
        Crafted b = build64();
        change(b.bytes);
        return parse_bytes(b.bytes);
    };
    const size_t phoff = offsetof(Elf64_Ehdr, e_phoff), phnum = offsetof(Elf64_Ehdr, e_phnum),
                 phentsize = offsetof(Elf64_Ehdr, e_phentsize);
    CHECK(with([&](auto &v) { put<uint64_t>(v, phoff, 0); }) == Error::bad_program_headers);
    CHECK(with([&](auto &v) { put<uint64_t>(v, phoff, UINT64_MAX - 8); }) == Error::bad_program_headers);
    CHECK(with([&](auto &v) { put<uint64_t>(v, phoff, v.size() - 8); }) == Error::bad_program_headers);
    CHECK(with([&](auto &v) { put<uint64_t>(v, phoff, 0x41); }) == Error::bad_program_headers);
    CHECK(with([&](auto &v) { put<uint16_t>(v, phnum, 0); }) == Error::bad_program_headers);
    CHECK(with([&](auto &v) { put<uint16_t>(v, phnum, 0xfffe); }) == Error::bad_program_headers);
    CHECK(with([&](auto &v) { put<uint16_t>(v, phnum, PN_XNUM); }) == Error::bad_program_headers);
    CHECK(with([&](auto &v) { put<uint16_t>(v, phentsize, sizeof(Elf32_Phdr)); }) ==
          Error::bad_program_headers);
}

TEST_CASE("vdso: a misaligned image is refused rather than read unaligned") {
    Crafted b = build64();
    std::vector<unsigned char> shifted(b.bytes.size() + 1);
    std::memcpy(shifted.data() + 1, b.bytes.data(), b.bytes.size());
    Image image;
    CHECK(parse(shifted.data() + 1, b.bytes.size(), image) == Error::misaligned);
}

TEST_CASE("vdso: PT_LOAD and PT_DYNAMIC are both required and must fit") {
    const size_t phdrs = build64().layout.phdrs;
    auto phdr_field = [&](int index, size_t field) { return phdrs + index * sizeof(Elf64_Phdr) + field; };
    auto with = [](auto change) {
        Crafted b = build64();
        change(b.bytes);
        return parse_bytes(b.bytes);
    };
    const size_t type = offsetof(Elf64_Phdr, p_type), filesz = offsetof(Elf64_Phdr, p_filesz),
                 offset = offsetof(Elf64_Phdr, p_offset);
    CHECK(with([&](auto &v) {
              for (int i = 0; i < 3; ++i) put<uint32_t>(v, phdr_field(i, type), PT_NOTE);
          }) == Error::no_loadable_segment);
    CHECK(with([&](auto &v) { put<uint32_t>(v, phdr_field(3, type), PT_NULL); }) ==
          Error::no_dynamic_segment);
    CHECK(with([&](auto &v) { put<uint64_t>(v, phdr_field(1, filesz), v.size()); }) ==
          Error::truncated);
    CHECK(with([&](auto &v) { put<uint64_t>(v, phdr_field(2, offset), UINT64_MAX); }) ==
          Error::truncated);
    CHECK(with([&](auto &v) { put<uint64_t>(v, phdr_field(3, filesz), v.size()); }) ==
          Error::truncated);
    CHECK(with([&](auto &v) { put<uint64_t>(v, phdr_field(3, filesz), sizeof(Elf64_Dyn) - 1); }) ==
          Error::bad_dynamic_table);
    CHECK(with([&](auto &v) {
              put<uint64_t>(v, phdr_field(3, offset), get<uint64_t>(v, phdr_field(3, offset)) + 4);
          }) == Error::bad_dynamic_table);
}

TEST_CASE("vdso: a dynamic table without DT_NULL ends with its segment") {
    Crafted b = build64();
    // Overwrite DT_NULL and the spare slot after it with DT_DEBUG entries.
    const size_t null_entry = b.layout.dynamic_tag.at(DT_NULL);
    put<int64_t>(b.bytes, null_entry, DT_DEBUG);
    put<int64_t>(b.bytes, null_entry + sizeof(Elf64_Dyn), DT_DEBUG);
    Image image;
    REQUIRE(parse(b.bytes.data(), b.bytes.size(), image) == Error::none);
    CHECK(find_symbol(image, "__vdso_time", "LINUX_2.6") != nullptr);
}

TEST_CASE("vdso: each dynamic table must be present where required and inside the image") {
    auto with = [](long tag, uint64_t value, bool retag = false) {
        Crafted b = build64();
        if (retag) put<int64_t>(b.bytes, b.layout.dynamic_tag.at(tag), DT_DEBUG);
        else put<uint64_t>(b.bytes, b.layout.dynamic_value.at(tag), value);
        return parse_bytes(b.bytes);
    };
    const uint64_t nowhere = 0x7000000, huge = UINT64_MAX - 3;
    CHECK(with(DT_SYMTAB, 0, true) == Error::no_symbol_table);
    CHECK(with(DT_SYMTAB, nowhere) == Error::bad_symbol_table);
    CHECK(with(DT_SYMENT, sizeof(Elf32_Sym)) == Error::bad_symbol_table);
    CHECK(with(DT_STRTAB, 0, true) == Error::bad_string_table);
    CHECK(with(DT_STRTAB, nowhere) == Error::bad_string_table);
    CHECK(with(DT_STRTAB, huge) == Error::bad_string_table);
    CHECK(with(DT_STRSZ, 0, true) == Error::bad_string_table);
    CHECK(with(DT_STRSZ, 0x100000) == Error::bad_string_table);
    CHECK(with(DT_STRSZ, huge) == Error::bad_string_table);
    CHECK(with(DT_HASH, nowhere) == Error::bad_hash_table);
    CHECK(with(DT_GNU_HASH, huge) == Error::bad_hash_table);
    CHECK(with(DT_VERSYM, nowhere) == Error::bad_version_tables);
    CHECK(with(DT_VERDEF, huge) == Error::bad_version_tables);
    CHECK(with(DT_VERDEFNUM, huge) == Error::bad_version_tables);
}

TEST_CASE("vdso: a table address is translated through the PT_LOAD that holds it") {
    ImageSpec spec = vdso_like_spec();
    spec.bias = 0x7f0000;  // p_vaddr far from p_offset
    Crafted b = build64(spec);
    Image image;
    REQUIRE(parse(b.bytes.data(), b.bytes.size(), image) == Error::none);
    CHECK(image.symtab == b.layout.dynsym);
    CHECK(image.strtab == b.layout.dynstr);
    CHECK(image.gnu_hash == b.layout.gnu_hash);
    CHECK(image.sysv_hash == b.layout.sysv_hash);
    CHECK(image.versym == b.layout.versym);
    CHECK(image.verdef == b.layout.verdef);
    // Code lives in the text segment, whose p_vaddr - p_offset differs from the tables'.
    const size_t index = b.layout.symbol_index.at("__vdso_gettimeofday");
    CHECK(find_symbol(image, "__vdso_gettimeofday", "LINUX_2.6") ==
          b.bytes.data() + b.layout.text_offset_of(index));
}

TEST_CASE("vdso: a rejected image leaves an empty Image whose lookups fail") {
    Crafted b = build64();
    Image image;
    REQUIRE(parse(b.bytes.data(), b.bytes.size(), image) == Error::none);
    b.bytes[EI_MAG1] = 'X';
    CHECK(parse(b.bytes.data(), b.bytes.size(), image) == Error::bad_magic);
    CHECK(image.base == nullptr);
    CHECK(symbol_count(image) == 0);
    CHECK(find_symbol(image, "__vdso_time", nullptr) == nullptr);
    Symbol symbol;
    CHECK_FALSE(symbol_at(image, 0, symbol));
    CHECK_FALSE(has_gnu_hash(image));
    CHECK_FALSE(has_sysv_hash(image));
}

TEST_CASE("vdso: mapped_extent is the end of the last PT_LOAD, from headers alone") {
    Crafted b = build_native();  // a live vDSO is of the build's class
    const size_t headers = b.layout.phdrs + 4 * sizeof(NativeClass::Phdr);
    CHECK(mapped_extent(b.bytes.data(), b.bytes.size()) == b.layout.rodata + 64);
    CHECK(mapped_extent(b.bytes.data(), headers) == b.layout.rodata + 64);
    CHECK(mapped_extent(b.bytes.data(), headers - 1) == 0);
    CHECK(mapped_extent(b.bytes.data(), 4) == 0);
    b.bytes[EI_MAG0] = 0;
    CHECK(mapped_extent(b.bytes.data(), b.bytes.size()) == 0);
}

TEST_CASE("vdso: every error has its own short message") {
    std::set<std::string> seen;
    for (int e = 0; e <= static_cast<int>(Error::bad_version_tables); ++e) {
        const char *message = error_message(static_cast<Error>(e));
        REQUIRE(message != nullptr);
        CHECK(std::strlen(message) > 0);
        CHECK(seen.insert(message).second);
    }
    CHECK(std::string(error_message(static_cast<Error>(200))) == "unknown error");
}

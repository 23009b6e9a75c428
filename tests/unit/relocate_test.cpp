// vrt::apply_relative_relocations on crafted images: REL, RELA and RELR tables in ELF32 and ELF64
// words, a load bias above and below the link address, r_info's type field of either width, and
// relocations of other types counted and left alone.
#include "crt/relocate.h"

#include <doctest/doctest.h>
#include <sys/mman.h>

#include <cstdint>
#include <cstring>
#include <vector>

namespace {

constexpr unsigned relative = 8;  // R_X86_64_RELATIVE and R_386_RELATIVE
constexpr unsigned glob_dat = 6;  // R_X86_64_GLOB_DAT and R_386_GLOB_DAT
constexpr uint32_t elf32_link_base = 0x08048000u;
constexpr uint64_t elf64_link_base = 0x400000u;

// An image of `words` words as it would be mapped: link-time address link_base + 4 or 8 * i is
// words[i] at run time, so the bias is (address of words) - link_base, modulo 2^bits. ELF32
// images live below 4 GiB (MAP_32BIT), where 32-bit addresses can reach them.
template <class Word>
struct Image {
    Word *words = nullptr;
    size_t count;
    Word link_base;

    Image(size_t n, Word base, bool below_link_base = false) : count(n), link_base(base) {
        int low = sizeof(Word) == 4 ? MAP_32BIT : 0;
        void *p = mmap(nullptr, n * sizeof(Word), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | low, -1, 0);
        REQUIRE(p != MAP_FAILED);
        words = static_cast<Word *>(p);
        // A link address above the run-time one: the bias wraps around, as it may for real.
        if (below_link_base) link_base = static_cast<Word>(reinterpret_cast<uintptr_t>(p) + 0x10000);
    }
    ~Image() { munmap(words, count * sizeof(Word)); }
    Image(const Image &) = delete;
    Image &operator=(const Image &) = delete;

    Word bias() const { return static_cast<Word>(reinterpret_cast<uintptr_t>(words)) - link_base; }
    Word link_address(size_t index) const { return static_cast<Word>(link_base + index * sizeof(Word)); }
    // Puts `table` into the image at word `at`; returns its link-time address.
    Word place(size_t at, const std::vector<Word> &table) {
        REQUIRE(at + table.size() <= count);
        std::memcpy(words + at, table.data(), table.size() * sizeof(Word));
        return link_address(at);
    }
};

template <class Word>
vrt::RelocationCount apply(const Image<Word> &image, const std::vector<Word> &dynamic) {
    return vrt::apply_relative_relocations<Word>(image.bias(), dynamic.data(), relative);
}

template <class Word>
Word info(Word symbol, Word type) {
    return sizeof(Word) == 8 ? (symbol << 32 | type) : (symbol << 8 | type);
}

// RELA: each target becomes bias + addend, whatever it held.
template <class Word>
void check_rela(bool bias_wraps) {
    Image<Word> image(64, sizeof(Word) == 8 ? Word(elf64_link_base) : Word(elf32_link_base), bias_wraps);
    for (size_t i = 0; i < 8; ++i) image.words[i] = Word(0xdead0000 + i);
    Word table = image.place(16, {image.link_address(0), info<Word>(0, relative), Word(0x1234),
                                  image.link_address(3), info<Word>(0, relative), Word(0),
                                  image.link_address(7), info<Word>(0, relative), image.link_address(40)});
    std::vector<Word> dynamic = {vrt::dynamic_tag::rela, table, vrt::dynamic_tag::rela_size, Word(9 * sizeof(Word)),
                                 vrt::dynamic_tag::null, 0};
    vrt::RelocationCount n = apply(image, dynamic);
    CHECK(n.applied == 3);
    CHECK(n.unsupported == 0);
    CHECK(image.words[0] == Word(image.bias() + 0x1234));
    CHECK(image.words[3] == image.bias());
    CHECK(image.words[7] == static_cast<Word>(reinterpret_cast<uintptr_t>(image.words + 40)));
    CHECK(image.words[1] == Word(0xdead0001));
    CHECK(image.words[2] == Word(0xdead0002));
}

// REL: the addend is the word already at the target; bias is added to it.
template <class Word>
void check_rel(bool bias_wraps) {
    Image<Word> image(64, sizeof(Word) == 8 ? Word(elf64_link_base) : Word(elf32_link_base), bias_wraps);
    image.words[1] = image.link_address(30);
    image.words[2] = Word(5);
    image.words[4] = Word(0x77);
    Word table = image.place(20, {image.link_address(1), info<Word>(0, relative),
                                  image.link_address(2), info<Word>(0, relative)});
    std::vector<Word> dynamic = {vrt::dynamic_tag::rel, table, vrt::dynamic_tag::rel_size, Word(4 * sizeof(Word)),
                                 vrt::dynamic_tag::null, 0};
    vrt::RelocationCount n = apply(image, dynamic);
    CHECK(n.applied == 2);
    CHECK(n.unsupported == 0);
    CHECK(image.words[1] == static_cast<Word>(reinterpret_cast<uintptr_t>(image.words + 30)));
    CHECK(image.words[2] == Word(image.bias() + 5));
    CHECK(image.words[4] == Word(0x77));
}

// RELR: an address entry relocates that word; each bitmap entry after it covers the next
// (bits per word - 1) words, bit k (from 1) standing for the (k-1)th of them.
template <class Word>
void check_relr() {
    constexpr size_t span = 8 * sizeof(Word) - 1;  // 63 or 31 words per bitmap
    Image<Word> image(4 * span, sizeof(Word) == 8 ? Word(elf64_link_base) : Word(elf32_link_base));
    for (size_t i = 0; i < image.count; ++i) image.words[i] = Word(i);
    // Relocate word 2; then words 3, 5 and 3 + span - 1 (the first bitmap's last bit); then, with a
    // second bitmap, word 3 + span (its first bit); then a new address, word 3 * span.
    Word first_bitmap = Word(1) | Word(1) << 1 | Word(1) << 3 | Word(1) << span;
    Word second_bitmap = Word(1) | Word(1) << 1;
    std::vector<Word> relr = {image.link_address(2), first_bitmap, second_bitmap, image.link_address(3 * span)};
    std::vector<Word> expected_relocated = {2, 3, 5, Word(3 + span - 1), Word(3 + span), Word(3 * span)};
    Word table = image.place(3 * span + 4, relr);
    std::vector<Word> dynamic = {vrt::dynamic_tag::relr, table, vrt::dynamic_tag::relr_size,
                                 Word(relr.size() * sizeof(Word)), vrt::dynamic_tag::null, 0};
    std::vector<Word> before(image.words, image.words + 3 * span + 4);
    vrt::RelocationCount n = apply(image, dynamic);
    CHECK(n.applied == expected_relocated.size());
    CHECK(n.unsupported == 0);
    for (size_t i = 0; i < before.size(); ++i) {
        bool relocated = false;
        for (Word r : expected_relocated) relocated |= r == i;
        INFO("word " << i);
        CHECK(image.words[i] == Word(relocated ? before[i] + image.bias() : before[i]));
    }
}

}  // namespace

TEST_CASE("RELA relative relocations set bias + addend, ELF64") { check_rela<uint64_t>(false); }
TEST_CASE("RELA relative relocations set bias + addend, ELF32") { check_rela<uint32_t>(false); }
TEST_CASE("RELA with a load address below the link address (the bias wraps), ELF64") { check_rela<uint64_t>(true); }
TEST_CASE("RELA with a load address below the link address (the bias wraps), ELF32") { check_rela<uint32_t>(true); }
TEST_CASE("REL relative relocations add the bias to the word in place, ELF32") { check_rel<uint32_t>(false); }
TEST_CASE("REL relative relocations add the bias to the word in place, ELF64") { check_rel<uint64_t>(false); }
TEST_CASE("REL with a bias that wraps, ELF32") { check_rel<uint32_t>(true); }
TEST_CASE("RELR address and bitmap entries, 63 words per bitmap in ELF64") { check_relr<uint64_t>(); }
TEST_CASE("RELR address and bitmap entries, 31 words per bitmap in ELF32") { check_relr<uint32_t>(); }

TEST_CASE("relocations of other types are counted as unsupported and not applied") {
    Image<uint64_t> image(32, elf64_link_base);
    image.words[0] = image.words[1] = image.words[2] = 0x55;
    uint64_t table = image.place(8, {image.link_address(0), info<uint64_t>(0, relative), 1,
                                     image.link_address(1), info<uint64_t>(3, glob_dat), 0,
                                     image.link_address(2), info<uint64_t>(0, 1), 0});
    std::vector<uint64_t> dynamic = {vrt::dynamic_tag::rela, table, vrt::dynamic_tag::rela_size, 9 * 8,
                                     vrt::dynamic_tag::null, 0};
    vrt::RelocationCount n = apply(image, dynamic);
    CHECK(n.applied == 1);
    CHECK(n.unsupported == 2);
    CHECK(image.words[0] == image.bias() + 1);
    CHECK(image.words[1] == 0x55);
    CHECK(image.words[2] == 0x55);
}

TEST_CASE("the type is the low 32 bits of r_info in ELF64 and the low 8 bits in ELF32") {
    Image<uint64_t> image64(16, elf64_link_base);
    // ELF64: a symbol index in the high half does not hide RELATIVE; 0x108 is type 264, not 8.
    uint64_t table64 = image64.place(4, {image64.link_address(0), info<uint64_t>(7, relative), 0,
                                         image64.link_address(1), 0x108, 0});
    std::vector<uint64_t> dynamic64 = {vrt::dynamic_tag::rela, table64, vrt::dynamic_tag::rela_size, 6 * 8,
                                       vrt::dynamic_tag::null, 0};
    vrt::RelocationCount n64 = apply(image64, dynamic64);
    CHECK(n64.applied == 1);
    CHECK(n64.unsupported == 1);

    Image<uint32_t> image32(16, elf32_link_base);
    // ELF32: 0x108 is symbol 1, type 8: RELATIVE (a static-pie never has it, but the field is 8 bits).
    uint32_t table32 = image32.place(4, {image32.link_address(0), 0x108, image32.link_address(1), 0x10006});
    std::vector<uint32_t> dynamic32 = {vrt::dynamic_tag::rel, table32, vrt::dynamic_tag::rel_size, 4 * 4,
                                       vrt::dynamic_tag::null, 0};
    vrt::RelocationCount n32 = apply(image32, dynamic32);
    CHECK(n32.applied == 1);
    CHECK(n32.unsupported == 1);
}

TEST_CASE("REL, RELA and RELR in one dynamic section, among tags that do not concern relocation") {
    Image<uint64_t> image(64, elf64_link_base);
    for (size_t i = 0; i < 8; ++i) image.words[i] = i;
    uint64_t rel = image.place(16, {image.link_address(0), relative});
    uint64_t rela = image.place(20, {image.link_address(1), relative, 100});
    uint64_t relr = image.place(26, {image.link_address(2), 0b1011});  // words 2, 3 and 5
    std::vector<uint64_t> dynamic = {
        5 /* DT_STRTAB */, 0x1234, vrt::dynamic_tag::rel, rel, 6 /* DT_SYMTAB */, 0x5678,
        vrt::dynamic_tag::rel_size, 16, vrt::dynamic_tag::rela, rela, vrt::dynamic_tag::rela_size, 24,
        0x6ffffffb /* DT_FLAGS_1 */, 0x8000001, vrt::dynamic_tag::relr, relr, vrt::dynamic_tag::relr_size, 16,
        vrt::dynamic_tag::null, 0, vrt::dynamic_tag::rela, 0xbad /* after DT_NULL: never read */};
    vrt::RelocationCount n = apply(image, dynamic);
    CHECK(n.applied == 5);
    CHECK(n.unsupported == 0);
    CHECK(image.words[0] == image.bias() + 0);
    CHECK(image.words[1] == image.bias() + 100);
    CHECK(image.words[2] == image.bias() + 2);
    CHECK(image.words[3] == image.bias() + 3);
    CHECK(image.words[4] == 4);
    CHECK(image.words[5] == image.bias() + 5);
}

TEST_CASE("a dynamic section without relocation tables changes nothing") {
    std::vector<uint64_t> dynamic = {6 /* DT_SYMTAB */, 0x1000, vrt::dynamic_tag::null, 0};
    vrt::RelocationCount n = vrt::apply_relative_relocations<uint64_t>(0x10000, dynamic.data(), relative);
    CHECK(n.applied == 0);
    CHECK(n.unsupported == 0);
}

TEST_CASE("a table whose size is zero is not read") {
    Image<uint32_t> image(16, elf32_link_base);
    image.words[0] = 9;
    uint32_t rel = image.place(4, {image.link_address(0), relative});
    std::vector<uint32_t> dynamic = {vrt::dynamic_tag::rel, rel, vrt::dynamic_tag::rel_size, 0,
                                     vrt::dynamic_tag::null, 0};
    vrt::RelocationCount n = apply(image, dynamic);
    CHECK(n.applied == 0);
    CHECK(image.words[0] == 9);
}

TEST_CASE("built for one addend form, a table of the other form is counted as unsupported, not applied") {
    Image<uint64_t> image(32, elf64_link_base);
    image.words[0] = 5;
    uint64_t rel = image.place(8, {image.link_address(0), info<uint64_t>(0, relative)});
    std::vector<uint64_t> with_rel = {vrt::dynamic_tag::rel, rel, vrt::dynamic_tag::rel_size, 16,
                                      vrt::dynamic_tag::null, 0};
    vrt::RelocationCount n = vrt::apply_relative_relocations<uint64_t, vrt::relocation_form::rela>(
        image.bias(), with_rel.data(), relative);
    CHECK(n.applied == 0);
    CHECK(n.unsupported == 1);
    CHECK(image.words[0] == 5);

    uint64_t rela = image.place(16, {image.link_address(0), info<uint64_t>(0, relative), 7});
    std::vector<uint64_t> with_rela = {vrt::dynamic_tag::rela, rela, vrt::dynamic_tag::rela_size, 24,
                                       vrt::dynamic_tag::null, 0};
    n = vrt::apply_relative_relocations<uint64_t, vrt::relocation_form::rel>(image.bias(), with_rela.data(), relative);
    CHECK(n.applied == 0);
    CHECK(n.unsupported == 1);
    CHECK(image.words[0] == 5);
    n = vrt::apply_relative_relocations<uint64_t, vrt::relocation_form::rela>(image.bias(), with_rela.data(), relative);
    CHECK(n.applied == 1);
    CHECK(image.words[0] == image.bias() + 7);
}

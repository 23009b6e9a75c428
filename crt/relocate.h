// Self-relocation of a static-pie executable. The kernel maps it at a random base and no dynamic
// linker runs, so the start code applies the relative relocations itself before it touches any
// global whose initial value is an address. Until that is done this code may use only the stack
// and PC-relative addresses: no globals holding pointers, no calls through pointers.
//
// Sources: System V gABI "Dynamic Section" (DT_REL, DT_RELA and their sizes) and the RELR
// proposal adopted into the gABI (DT_RELR: an address entry, then bitmap entries covering the
// following 63, or 31, words). Static-pie links contain only the machine's RELATIVE type; any
// other type is counted and reported, not applied.
//
// Generic over the word size so that the unit tests can exercise ELF32 and ELF64 layouts.
#pragma once

#include <stddef.h>
#include <stdint.h>

namespace vrt {

namespace dynamic_tag {
inline constexpr long null = 0, rela = 7, rela_size = 8, rel = 17, rel_size = 18;
inline constexpr long relr_size = 35, relr = 36;
}  // namespace dynamic_tag

// Which addend forms the caller applies: each arch's static-pie links use one (its
// reloc_arch.h says which); a table of the other form is counted as unsupported, not read, and
// the code for it is not even compiled in.
namespace relocation_form {
inline constexpr unsigned rel = 1, rela = 2, both = rel | rela;
}

struct RelocationCount {
    size_t applied;
    size_t unsupported;
};

// `dynamic` is the executable's _DYNAMIC as (tag, value) word pairs; `base` is the load bias
// (runtime address minus link-time address). Addresses inside the dynamic section are link-time.
// Always inlined: its one caller in libvrt needs only `unsupported`, and the counting of
// `applied` (for the unit tests) then costs nothing in every program's startup.
template <class Word, unsigned forms = relocation_form::both>
[[gnu::always_inline]] inline RelocationCount apply_relative_relocations(Word base, const Word *dynamic,
                                                                         unsigned relative_type) {
    // The tags wanted are all below 37: one pass files each value under its tag.
    Word value[dynamic_tag::relr + 1] = {};
    for (const Word *d = dynamic; d[0] != 0; d += 2)
        if (d[0] <= static_cast<Word>(dynamic_tag::relr)) value[d[0]] = d[1];
    const Word rel = value[dynamic_tag::rel], rel_size = value[dynamic_tag::rel_size];
    const Word rela = value[dynamic_tag::rela], rela_size = value[dynamic_tag::rela_size];
    const Word relr = value[dynamic_tag::relr], relr_size = value[dynamic_tag::relr_size];
    // r_info holds the type in its low 8 bits (ELF32) or low 32 bits (ELF64).
    constexpr Word type_mask = sizeof(Word) == 8 ? Word(0xffffffffu) : Word(0xff);
    RelocationCount count = {0, 0};

    // Elf_Rel: {r_offset, r_info}; the addend is the word already at the target.
    const Word *r = reinterpret_cast<const Word *>(base + rel);
    if constexpr (!(forms & relocation_form::rel)) {
        if (rel) count.unsupported += rel_size / (2 * sizeof(Word));
    } else {
        for (Word i = 0; rel && i < rel_size / (2 * sizeof(Word)); ++i, r += 2) {
            if ((r[1] & type_mask) != relative_type) { ++count.unsupported; continue; }
            *reinterpret_cast<Word *>(base + r[0]) += base;
            ++count.applied;
        }
    }
    // Elf_Rela: {r_offset, r_info, r_addend}.
    r = reinterpret_cast<const Word *>(base + rela);
    if constexpr (!(forms & relocation_form::rela)) {
        if (rela) count.unsupported += rela_size / (3 * sizeof(Word));
    } else {
        for (Word i = 0; rela && i < rela_size / (3 * sizeof(Word)); ++i, r += 3) {
            if ((r[1] & type_mask) != relative_type) { ++count.unsupported; continue; }
            *reinterpret_cast<Word *>(base + r[0]) = base + r[2];
            ++count.applied;
        }
    }
    // RELR: an even entry is the address of a word to relocate; an odd entry is a bitmap whose
    // bit k (k >= 1) relocates the (k-1)th word after the last address, then advances by
    // (bits per word - 1) words.
    const Word *e = reinterpret_cast<const Word *>(base + relr);
    Word *where = nullptr;
    for (Word i = 0; relr && i < relr_size / sizeof(Word); ++i) {
        Word entry = e[i];
        if ((entry & 1) == 0) {
            where = reinterpret_cast<Word *>(base + entry);
            *where++ += base;
            ++count.applied;
        } else {
            Word bits = entry >> 1;
            for (Word *w = where; bits; bits >>= 1, ++w) {
                if (bits & 1) {
                    *w += base;
                    ++count.applied;
                }
            }
            where += 8 * sizeof(Word) - 1;
        }
    }
    return count;
}

}  // namespace vrt

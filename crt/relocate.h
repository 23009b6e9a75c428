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

struct RelocationCount {
    size_t applied;
    size_t unsupported;
};

// `dynamic` is the executable's _DYNAMIC as (tag, value) word pairs; `base` is the load bias
// (runtime address minus link-time address). Addresses inside the dynamic section are link-time.
template <class Word>
RelocationCount apply_relative_relocations(Word base, const Word *dynamic, unsigned relative_type) {
    using SignedWord = decltype(static_cast<Word>(0) - static_cast<Word>(0));
    Word rel = 0, rel_size = 0, rela = 0, rela_size = 0, relr = 0, relr_size = 0;
    for (const Word *d = dynamic; static_cast<long>(static_cast<SignedWord>(d[0])) != dynamic_tag::null;
         d += 2) {
        switch (static_cast<long>(static_cast<SignedWord>(d[0]))) {
            case dynamic_tag::rel: rel = d[1]; break;
            case dynamic_tag::rel_size: rel_size = d[1]; break;
            case dynamic_tag::rela: rela = d[1]; break;
            case dynamic_tag::rela_size: rela_size = d[1]; break;
            case dynamic_tag::relr: relr = d[1]; break;
            case dynamic_tag::relr_size: relr_size = d[1]; break;
            default: break;
        }
    }
    // r_info holds the type in its low 8 bits (ELF32) or low 32 bits (ELF64).
    constexpr Word type_mask = sizeof(Word) == 8 ? Word(0xffffffffu) : Word(0xff);
    RelocationCount count = {0, 0};

    // Elf_Rel: {r_offset, r_info}; the addend is the word already at the target.
    const Word *r = reinterpret_cast<const Word *>(base + rel);
    for (Word i = 0; rel && i < rel_size / (2 * sizeof(Word)); ++i, r += 2) {
        if ((r[1] & type_mask) != relative_type) { ++count.unsupported; continue; }
        *reinterpret_cast<Word *>(base + r[0]) += base;
        ++count.applied;
    }
    // Elf_Rela: {r_offset, r_info, r_addend}.
    r = reinterpret_cast<const Word *>(base + rela);
    for (Word i = 0; rela && i < rela_size / (3 * sizeof(Word)); ++i, r += 3) {
        if ((r[1] & type_mask) != relative_type) { ++count.unsupported; continue; }
        *reinterpret_cast<Word *>(base + r[0]) = base + r[2];
        ++count.applied;
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

// s390x static-pie relocation (zSeries ELF ABI Supplement, "Relocation Types"): static-pie
// executables carry only R_390_RELATIVE in .rela.dyn (doubleword = load base + addend), and no
// DT_REL.
#pragma once

namespace vrt::arch {

inline constexpr unsigned relative_relocation = 12;  // R_390_RELATIVE
inline constexpr bool relocations_have_addends = true;  // RELA: the addend is in the entry

// The run-time address of _DYNAMIC, or null in a non-PIE static link, where the linker defines
// no _DYNAMIC and the weak reference resolves to 0. Taken PC-relatively with larl in asm
// because the compiler would load a weak symbol's address from the GOT, which is not relocated
// yet.
inline const void *dynamic_section() {
    const void *address;
    asm(".weak _DYNAMIC\n\t.hidden _DYNAMIC\n\tlarl %0, _DYNAMIC" : "=d"(address));
    return address;
}

}  // namespace vrt::arch

// ppc64le static-pie relocation (64-Bit ELF V2 ABI Specification for Power, "Relocation Types
// Table"): static-pie executables carry only R_PPC64_RELATIVE in .rela.dyn (doubleword =
// load base + addend), mostly for the TOC's address entries, and no DT_REL.
#pragma once

namespace vrt::arch {

inline constexpr unsigned relative_relocation = 22;  // R_PPC64_RELATIVE
inline constexpr bool relocations_have_addends = true;  // RELA: the addend is in the entry

// The run-time address of _DYNAMIC, or null in a non-PIE static link, where the linker defines
// no _DYNAMIC and the weak reference resolves to 0. Taken relative to the TOC pointer r2, which
// _start computed PC-relatively (arch/ppc64le/start.S), because the compiler would load a weak
// symbol's address from a TOC entry, which is not relocated yet.
inline const void *dynamic_section() {
    const void *address;
    asm(".weak _DYNAMIC\n\t.hidden _DYNAMIC\n\t"
        "addis %0, 2, _DYNAMIC@toc@ha\n\taddi %0, %0, _DYNAMIC@toc@l"
        : "=b"(address));
    return address;
}

}  // namespace vrt::arch

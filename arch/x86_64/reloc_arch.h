// x86_64 static-pie relocation (x86-64 psABI, table 4.9): static-pie executables carry only
// R_X86_64_RELATIVE in .rela.dyn (word = load base + addend), and no DT_REL.
#pragma once

namespace vrt::arch {

inline constexpr unsigned relative_relocation = 8;  // R_X86_64_RELATIVE
inline constexpr bool relocations_have_addends = true;  // RELA: the addend is in the entry

// The run-time address of _DYNAMIC, or null in a non-PIE static link, where the linker defines
// no _DYNAMIC and the weak reference resolves to 0. Taken PC-relatively in asm because the
// compiler would load a weak symbol's address from the GOT, which is not relocated yet.
inline const void *dynamic_section() {
    const void *address;
    asm(".weak _DYNAMIC\n\t.hidden _DYNAMIC\n\tlea _DYNAMIC(%%rip), %0" : "=r"(address));
    return address;
}

}  // namespace vrt::arch

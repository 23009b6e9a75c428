// i386 static-pie relocation (i386 psABI, "Relocation Types"): static-pie executables carry only
// R_386_RELATIVE in .rel.dyn, REL form without an addend (word += load base).
#pragma once

namespace vrt::arch {

inline constexpr unsigned relative_relocation = 8;  // R_386_RELATIVE
inline constexpr bool relocations_have_addends = false;  // REL: the addend is the word itself

// The run-time address of _DYNAMIC, or null in a non-PIE static link (see arch/x86_64). i386
// has no PC-relative addressing, so the address comes from a call/pop pair.
inline const void *dynamic_section() {
    const void *address;
    asm(".weak _DYNAMIC\n\t.hidden _DYNAMIC\n\t"
        "call 1f\n1:\tpop %0\n\tadd $_DYNAMIC - 1b, %0"
        : "=r"(address));
    return address;
}

}  // namespace vrt::arch

// AArch64 static-pie relocation (ELF for the Arm 64-bit Architecture, "Dynamic relocations"):
// static-pie executables carry only R_AARCH64_RELATIVE in .rela.dyn (word = load base + addend).
#pragma once

namespace vrt::arch {

inline constexpr unsigned relative_relocation = 1027;  // R_AARCH64_RELATIVE
inline constexpr bool relocations_have_addends = true;  // RELA: the addend is in the entry

// The run-time address of _DYNAMIC, or null in a non-PIE static link, where the linker defines
// no _DYNAMIC and the weak reference resolves to 0 (see arch/x86_64). adrp/add is PC-relative
// (+-4 GiB), so no GOT entry is involved.
inline const void *dynamic_section() {
    const void *address;
    asm(".weak _DYNAMIC\n\t.hidden _DYNAMIC\n\t"
        "adrp %0, _DYNAMIC\n\tadd %0, %0, #:lo12:_DYNAMIC"
        : "=r"(address));
    return address;
}

}  // namespace vrt::arch

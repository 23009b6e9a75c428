// RISC-V static-pie relocation (RISC-V ELF psABI, "Relocations"): static-pie executables carry
// only R_RISCV_RELATIVE in .rela.dyn (word = load base + addend).
#pragma once

namespace vrt::arch {

inline constexpr unsigned relative_relocation = 3;  // R_RISCV_RELATIVE
inline constexpr bool relocations_have_addends = true;  // RELA: the addend is in the entry

// The run-time address of _DYNAMIC, or null in a non-PIE static link, where the linker defines
// no _DYNAMIC and the weak reference resolves to 0 (see arch/x86_64). lla is auipc/addi,
// PC-relative; GNU ld turns it into `lui 0` for an undefined weak symbol in a non-PIE link.
inline const void *dynamic_section() {
    const void *address;
    asm(".weak _DYNAMIC\n\t.hidden _DYNAMIC\n\tlla %0, _DYNAMIC" : "=r"(address));
    return address;
}

}  // namespace vrt::arch

// MIPS has no static-pie: the MIPS psABI has no RELATIVE relocation type of its own (R_MIPS_REL32
// against symbol 0 plays that part), local GOT entries are relocated implicitly through
// DT_MIPS_LOCAL_GOTNO rather than listed in .rel.dyn, and on n64 r_info packs three types after
// the symbol (MIPS64 ELF, "Relocation Entry"). glibc ships no rcrt1.o for MIPS either. libvrt
// supports static MIPS executables only; apply_relative_relocations never runs for them. (gcc's
// MIPS driver gives a -static-pie link a PT_INTERP anyway; clang's links, and the program dies at
// its first call through the unrelocated GOT.)
#pragma once

namespace vrt::arch {

inline constexpr unsigned relative_relocation = 3;  // R_MIPS_REL32 against symbol 0, never applied
inline constexpr bool relocations_have_addends = false;  // REL: the addend is the word itself

// The run-time address of _DYNAMIC, or null in a static link, where the linker defines no
// _DYNAMIC and the weak reference resolves to 0. Before the ISA's release 6 MIPS has no
// PC-relative addressing: `bal` puts the address of the word after its delay slot in $ra, and
// that word holds _DYNAMIC's distance from itself (R_MIPS_PC32).
inline const void *dynamic_section() {
    const void *address;
    asm(".weak _DYNAMIC\n\t.hidden _DYNAMIC\n\t"
        ".set push\n\t.set noreorder\n\t"
        "bal 1f\n\t"
        " nop\n\t"
        ".word _DYNAMIC - .\n"
        "1:\tlw %0, 0($31)\n\t"
        "addu %0, %0, $31\n\t"
        ".set pop"
        : "=r"(address) : : "$31");
    return address;
}

}  // namespace vrt::arch

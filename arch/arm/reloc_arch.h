// 32-bit Arm static-pie relocation (ELF for the Arm Architecture, "Dynamic relocations"):
// static-pie executables carry only R_ARM_RELATIVE in .rel.dyn, REL form without an addend
// (word += load base).
#pragma once

namespace vrt::arch {

inline constexpr unsigned relative_relocation = 23;  // R_ARM_RELATIVE
inline constexpr bool relocations_have_addends = false;  // REL: the addend is the word itself

// The run-time address of _DYNAMIC, or null in a non-PIE static link, where the linker defines
// no _DYNAMIC and the weak reference resolves to 0 (see arch/x86_64). The linker stores
// _DYNAMIC's distance from a literal word in that word (R_ARM_REL32); adding the word's own
// address, which adr gives in ARM and Thumb code alike, turns it back into an address.
inline const void *dynamic_section() {
    const char *address;
    long distance;
    asm(".weak _DYNAMIC\n\t.hidden _DYNAMIC\n\t"
        "adr %0, 1f\n\t"
        "ldr %1, 1f\n\t"
        "add %0, %1\n\t"
        "b 2f\n\t"
        ".p2align 2\n"
        "1:\t.word _DYNAMIC - 1b\n"
        "2:"
        : "=&r"(address), "=&r"(distance));
    return address;
}

}  // namespace vrt::arch

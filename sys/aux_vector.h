// The auxiliary vector: the (type, value) pairs the kernel puts above envp on the initial stack
// (fs/binfmt_elf.c, create_elf_tables; the types in include/uapi/linux/auxvec.h), ended by
// AT_NULL. The start code reads it (crt/initial_stack.h) and hands it to the vDSO reader.
#pragma once

#include <stdint.h>

#include <linux/auxvec.h>

namespace vrt {

struct AuxEntry {
    uintptr_t type;
    uintptr_t value;
};

// Finds `type` in an AT_NULL-terminated vector; returns false when it is absent.
inline bool find_aux(const AuxEntry *auxv, uintptr_t type, uintptr_t *value) {
    for (const AuxEntry *a = auxv; a && a->type != AT_NULL; ++a) {
        if (a->type == type) {
            *value = a->value;
            return true;
        }
    }
    return false;
}

}  // namespace vrt

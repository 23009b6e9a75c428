// The initial process stack as the kernel lays it out (fs/binfmt_elf.c, create_elf_tables;
// System V ABI "Process Initialization"), lowest address first:
//
//   sp ->  argc
//          argv[0] ... argv[argc-1]  NULL
//          envp[0] ... envp[n-1]     NULL
//          auxv: (type, value) pairs ... (AT_NULL, 0)
//          ... the strings and AT_RANDOM's 16 bytes, higher up
//
// Pure functions over that layout, so the unit tests can run them on crafted stacks.
#pragma once

#include <stddef.h>
#include <stdint.h>

namespace vrt {

struct AuxEntry {
    uintptr_t type;
    uintptr_t value;
};

struct InitialStack {
    int argc;
    char **argv;
    char **envp;
    const AuxEntry *auxv;
};

inline InitialStack read_initial_stack(uintptr_t *sp) {
    InitialStack s;
    s.argc = static_cast<int>(sp[0]);
    s.argv = reinterpret_cast<char **>(sp + 1);
    s.envp = s.argv + s.argc + 1;
    char **p = s.envp;
    while (*p) ++p;
    s.auxv = reinterpret_cast<const AuxEntry *>(p + 1);
    return s;
}

// Finds `type` in an AT_NULL-terminated vector; returns false when it is absent.
inline bool find_aux(const AuxEntry *auxv, uintptr_t type, uintptr_t *value) {
    for (const AuxEntry *a = auxv; a && a->type != 0; ++a) {
        if (a->type == type) {
            *value = a->value;
            return true;
        }
    }
    return false;
}

// The value of NAME in a NULL-terminated "NAME=value" array, or null.
inline char *find_env(char **envp, const char *name) {
    if (!envp || !name || !*name) return nullptr;
    for (char **e = envp; *e; ++e) {
        const char *s = *e;
        const char *n = name;
        while (*n && *s == *n) { ++s; ++n; }
        if (*n == '\0' && *s == '=') return const_cast<char *>(s + 1);
    }
    return nullptr;
}

}  // namespace vrt

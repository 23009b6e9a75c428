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

#include <linux/auxvec.h>

#include "sys/aux_vector.h"

namespace vrt {

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

// The entries the start code needs, read in one pass over the vector (0 when absent).
struct StartupAux {
    uintptr_t phdr, phnum, page_size, random, sysinfo;
};

// AT_SYSINFO (32) is defined only in i386's <asm/auxvec.h>, but the number is reserved on
// every arch (include/uapi/linux/auxvec.h).
inline constexpr uintptr_t at_sysinfo = 32;

inline StartupAux read_startup_aux(const AuxEntry *auxv) {
    StartupAux a = {0, 0, 0, 0, 0};
    for (; auxv->type != AT_NULL; ++auxv) {
        switch (auxv->type) {
            case AT_PHDR: a.phdr = auxv->value; break;
            case AT_PHNUM: a.phnum = auxv->value; break;
            case AT_PAGESZ: a.page_size = auxv->value; break;
            case AT_RANDOM: a.random = auxv->value; break;
            case at_sysinfo: a.sysinfo = auxv->value; break;
            default: break;
        }
    }
    return a;
}

// The value of NAME in a NULL-terminated "NAME=value" array, or null. A name containing '='
// names no variable (as musl decides; POSIX leaves it open), so it finds nothing.
inline char *find_env(char **envp, const char *name) {
    if (!envp || !name || !*name) return nullptr;
    for (const char *n = name; *n; ++n)
        if (*n == '=') return nullptr;
    for (char **e = envp; *e; ++e) {
        const char *s = *e;
        const char *n = name;
        while (*n && *s == *n) { ++s; ++n; }
        if (*n == '\0' && *s == '=') return const_cast<char *>(s + 1);
    }
    return nullptr;
}

}  // namespace vrt

// x86_64 clone(2) argument order (kernel/fork.c, SYSCALL_DEFINE5(clone) without any
// CONFIG_CLONE_BACKWARDS*; man 2 clone, NOTES):
//   clone(flags, stack, parent_tid, child_tid, tls)
// Other orders: i386, ppc, arm, mips put tls before child_tid (CLONE_BACKWARDS); s390x swaps
// flags and stack (CLONE_BACKWARDS2).
//
// Every arch/<arch>/clone_arch.h provides the one function below, in this order of parameters;
// sys/ builds fork(2) on it. vfork(2) cannot be written in C (the child returns on the parent's
// stack), so each arch also has vfork.S.
#pragma once

#include "syscall_arch.h"

namespace vrt::arch {

inline long clone(unsigned long flags, void *stack, int *parent_tid, int *child_tid, unsigned long tls) {
    return syscall5(__NR_clone, static_cast<long>(flags), reinterpret_cast<long>(stack),
                    reinterpret_cast<long>(parent_tid), reinterpret_cast<long>(child_tid),
                    static_cast<long>(tls));
}

}  // namespace vrt::arch

// MIPS clone(2) argument order (kernel/fork.c with CONFIG_CLONE_BACKWARDS, which arch/mips/Kconfig
// selects; glibc's mips kernel-features.h says the same; man 2 clone, NOTES):
//   clone(flags, stack, parent_tid, tls, child_tid)
// The interface is the one arch/x86_64/clone_arch.h describes: the parameters below are in the
// generic order, and the body passes them in the kernel's.
#pragma once

#include "syscall_arch.h"

namespace vrt::arch {

inline long clone(unsigned long flags, void *stack, int *parent_tid, int *child_tid, unsigned long tls) {
    return syscall5(__NR_clone, static_cast<long>(flags), reinterpret_cast<long>(stack),
                    reinterpret_cast<long>(parent_tid), static_cast<long>(tls),
                    reinterpret_cast<long>(child_tid));
}

}  // namespace vrt::arch

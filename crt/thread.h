#pragma once

#include <stddef.h>
#include <stdint.h>

#include "crt/elf_native.h"

namespace vrt {

// Lays out the TLS area from the PT_TLS header (if any), copies the TLS image, writes the TCB
// with its stack-protector canary, and installs the thread pointer. Returns 0 or -errno.
long setup_main_thread(const ElfPhdr *phdrs, size_t phnum, uintptr_t load_bias, uintptr_t canary);

}  // namespace vrt

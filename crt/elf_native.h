// The program's own ELF structures, in the word size of the build.
#pragma once

#include <linux/elf.h>

namespace vrt {
#if __SIZEOF_POINTER__ == 8
using ElfPhdr = Elf64_Phdr;
using ElfWord = unsigned long long;
#else
using ElfPhdr = Elf32_Phdr;
using ElfWord = unsigned int;
#endif
}  // namespace vrt

// ELF definitions for the vDSO reader: the kernel's UAPI <linux/elf.h>, what it lacks, and one
// traits struct per ELF class so the reader is written once as templates over the class.
#pragma once

#include <stddef.h>
#include <stdint.h>

#include <linux/elf.h>

// Missing from <linux/elf.h>. Spelled as binutils' include/elf/common.h and glibc's <elf.h>
// spell them, so the code reads like every other ELF reader; guarded because a newer UAPI header
// (or a host header in a unit test) may already carry them.

// GNU hash table: a GNU extension with no gABI text; layout as binutils' bfd/elf.c writes it
// and glibc's elf/dl-lookup.c reads it (see gnu_hash.cpp).
#ifndef DT_GNU_HASH
#define DT_GNU_HASH 0x6ffffef5
#endif

// Symbol versioning: Linux Standard Base Core Specification, "Symbol Versioning".
#ifndef VER_FLG_BASE
#define VER_FLG_BASE 0x1  // vd_flags: the definition names the file itself, not a version
#endif
#ifndef VER_NDX_LOCAL
#define VER_NDX_LOCAL 0   // versym value: the symbol is local, unversioned
#endif
#ifndef VER_NDX_GLOBAL
#define VER_NDX_GLOBAL 1  // versym value: the symbol is global, in the base definition
#endif

namespace vrt::vdso {

// LSB "Symbol Versioning": Elf32_Verdef/Elf64_Verdef (and the Verdaux pair) have the same layout
// in both classes, so one struct of each serves both.
struct Verdef {
    uint16_t vd_version;  // 1
    uint16_t vd_flags;    // VER_FLG_BASE, ...
    uint16_t vd_ndx;      // the value versym entries use to name this definition
    uint16_t vd_cnt;      // number of Verdaux entries
    uint32_t vd_hash;     // SysV ELF hash of the name
    uint32_t vd_aux;      // byte offset from this Verdef to its first Verdaux
    uint32_t vd_next;     // byte offset from this Verdef to the next one; 0 ends the chain
};

struct Verdaux {
    uint32_t vda_name;  // string table offset of the version (or file) name
    uint32_t vda_next;  // byte offset to the next Verdaux; 0 ends the list
};

// LSB: the versym entry's bit 15 marks a hidden (non-default) version; the rest is the index.
constexpr uint16_t versym_hidden = 0x8000;
constexpr uint16_t versym_index_mask = 0x7fff;

static_assert(sizeof(Verdef) == 20 && sizeof(Verdaux) == 8, "LSB Verdef/Verdaux layout");

// The types and numbers that differ between the two ELF classes.
struct Elf32Class {
    using Ehdr = Elf32_Ehdr;
    using Phdr = Elf32_Phdr;
    using Shdr = Elf32_Shdr;
    using Dyn = Elf32_Dyn;
    using Sym = Elf32_Sym;
    using Addr = Elf32_Addr;
    static constexpr unsigned char id = ELFCLASS32;
};

struct Elf64Class {
    using Ehdr = Elf64_Ehdr;
    using Phdr = Elf64_Phdr;
    using Shdr = Elf64_Shdr;
    using Dyn = Elf64_Dyn;
    using Sym = Elf64_Sym;
    using Addr = Elf64_Addr;
    static constexpr unsigned char id = ELFCLASS64;
};

// The class of the build's own ABI: the kernel gives a process a vDSO of its own pointer width
// (x32 and MIPS n32 get an ELF32 vDSO on a 64-bit kernel).
template <size_t PointerBytes> struct ClassForPointerSize;
template <> struct ClassForPointerSize<4> { using type = Elf32Class; };
template <> struct ClassForPointerSize<8> { using type = Elf64Class; };
using NativeClass = ClassForPointerSize<sizeof(void *)>::type;

// The build's own byte order, in e_ident[EI_DATA] terms.
constexpr unsigned char native_data_encoding =
    __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ ? ELFDATA2LSB : ELFDATA2MSB;

}  // namespace vrt::vdso

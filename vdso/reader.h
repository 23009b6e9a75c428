// What the vDSO reader's files share: bounds-checked access to an image's bytes, and each
// table's entry points. Every read of the image goes through object_at or string_at.
#pragma once

#include "vdso/elf.h"
#include "vdso/image.h"

namespace vrt::vdso {

// `count` objects of type T at byte `offset`, or nullptr when they do not lie wholly inside the
// image or are misaligned for T. Offsets and counts are 64-bit so an ELF64 value cannot wrap on
// a 32-bit host before it is checked; the arithmetic is size_t once a value is known to be
// smaller than the image (a 32-bit target has no 64-bit division without libgcc).
template <class T>
const T *object_at(const Image &image, uint64_t offset, uint64_t count = 1) {
    if (offset > image.size) return nullptr;
    if (count > (image.size - static_cast<size_t>(offset)) / sizeof(T)) return nullptr;
    const unsigned char *p = image.base + offset;
    if (reinterpret_cast<uintptr_t>(p) % alignof(T) != 0) return nullptr;
    return reinterpret_cast<const T *>(p);
}

// The string at `index` in DT_STRTAB, or nullptr unless it is NUL-terminated inside the table.
const char *string_at(const Image &image, uint64_t index);

// Runs `visit(Class{})` with the traits of the image's ELF class.
template <class Visit>
auto with_class(const Image &image, Visit visit) {
    if (image.elf_class == ELFCLASS64) return visit(Elf64Class{});
    return visit(Elf32Class{});
}

// The byte offset of virtual address `vaddr`, through the PT_LOAD whose file bytes contain it
// (offset = vaddr - p_vaddr + p_offset). With `executable`, only PF_X segments count.
// False when no such segment holds it.
bool file_offset(const Image &image, uint64_t vaddr, uint64_t &offset, bool executable);

// A dynamic symbol's fields, the same for both classes.
struct SymbolEntry {
    uint32_t name;  // st_name
    unsigned char info;
    uint16_t section;  // st_shndx
    uint64_t value;    // st_value
};
bool read_symbol(const Image &image, size_t index, SymbolEntry &out);

// The address of symbol `index` if it is `name` in `version` (nullptr: any) and may be called,
// by find_symbol's rules; else nullptr. What the hash lookups call on each candidate.
void *resolve_symbol(const Image &image, size_t index, const char *name, const char *version);

// gnu_hash.cpp: check the table and count the symbols its chains cover; find a symbol.
Error check_gnu_hash(const Image &image, size_t &symbol_count);
void *gnu_hash_find(const Image &image, const char *name, const char *version);

// sysv_hash.cpp: the width of one DT_HASH entry; check the table and read nchain; find a symbol.
unsigned sysv_hash_entry_size(unsigned char elf_class, unsigned machine);
Error check_sysv_hash(const Image &image, size_t &symbol_count);
void *sysv_hash_find(const Image &image, const char *name, const char *version);

// versions.cpp: check DT_VERSYM/DT_VERDEF; the version name that defines symbol `index`.
bool has_version_tables(const Image &image);
Error check_version_tables(const Image &image);
const char *symbol_version(const Image &image, size_t index);

}  // namespace vrt::vdso

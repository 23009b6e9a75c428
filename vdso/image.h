// Reading a vDSO image: the ELF shared object the kernel maps into every process (vdso(7)),
// or a file dump of one. Pure logic over bytes: no syscalls, no allocation, no globals.
//
// The image is untrusted input. Every read is checked against [data, data + size): a truncated,
// corrupted or hostile image makes parse() return an Error, or makes a lookup fail; it never
// makes the reader read outside the image or loop without end.
//
// Both ELF classes are readable in one build (parse); the runtime, which only ever sees the
// vDSO of its own ABI, calls parse_native, which rejects the other class and so leaves its
// header and segment code out of the link.
//
//   vrt::vdso::Image image;
//   if (parse(ehdr, mapped_extent(ehdr, page_size), image) == Error::none)
//       fn = find_symbol(image, "__vdso_clock_gettime", "LINUX_2.6");
#pragma once

#include <stddef.h>
#include <stdint.h>

namespace vrt::vdso {

enum class Error : unsigned char {
    none,
    too_small,            // fewer bytes than an ELF header
    bad_magic,            // not \177ELF
    bad_class,            // neither ELFCLASS32 nor ELFCLASS64 (parse_native: not the build's class)
    foreign_byte_order,   // EI_DATA is not this machine's byte order
    not_shared_object,    // e_type is not ET_DYN
    wrong_machine,        // e_machine is not the one asked for
    bad_program_headers,  // entry size, count or table position unusable
    truncated,            // a PT_LOAD or PT_DYNAMIC reaches past the end of the image
    misaligned,           // `data` is not aligned for the ELF header of its class
    no_loadable_segment,  // no PT_LOAD
    no_dynamic_segment,   // no PT_DYNAMIC
    bad_dynamic_table,    // PT_DYNAMIC misplaced, or an entry's address is in no PT_LOAD
    no_symbol_table,      // no DT_SYMTAB
    bad_symbol_table,     // DT_SYMTAB/DT_SYMENT unusable, or the table runs past the image
    unknown_symbol_count, // no hash table, no SHT_DYNSYM, and DT_STRTAB does not follow DT_SYMTAB
    bad_string_table,     // DT_STRTAB or DT_STRSZ missing, or the table runs past the image
    bad_hash_table,       // DT_HASH or DT_GNU_HASH header, buckets or chains unusable
    bad_version_tables,   // DT_VERSYM or DT_VERDEF entries unusable
};

// A short English reason, never null ("unknown error" for a value outside the enum).
const char *error_message(Error error);

// A parsed image. Filled by parse(); an Image that parse() rejected is empty, and every lookup
// on it fails. The members are for diagnostics; use the functions below to read symbols.
// Table positions are byte offsets from `base`, already translated from the dynamic section's
// virtual addresses; 0 means absent (offset 0 is the ELF header, never a table).
struct Image {
    const unsigned char *base = nullptr;  // the image's first byte (its ELF header)
    size_t size = 0;                      // readable bytes from base
    unsigned char elf_class = 0;          // ELFCLASS32 or ELFCLASS64
    uint16_t machine = 0;                 // e_machine (EM_*)
    size_t program_headers = 0;           // e_phoff
    size_t program_header_count = 0;      // e_phnum
    size_t symtab = 0;                    // DT_SYMTAB
    size_t symbol_entries = 0;            // dynamic symbols, index 0 (the null symbol) included
    size_t strtab = 0;                    // DT_STRTAB
    size_t strtab_size = 0;               // DT_STRSZ
    size_t sysv_hash = 0;                 // DT_HASH
    size_t gnu_hash = 0;                  // DT_GNU_HASH
    size_t versym = 0;                    // DT_VERSYM
    size_t verdef = 0;                    // DT_VERDEF
    size_t verdef_count = 0;              // DT_VERDEFNUM, 0 if absent
    size_t soname = 0;                    // DT_SONAME: an index into DT_STRTAB, 0 if absent
};

// Parses the image of `size` bytes at `data`: a file's bytes, or the live vDSO mapping (the
// kernel maps the image file as is, so both read the same way). `data` must be aligned as the
// image's ELF class wants (mmap'd or malloc'd memory is); a misaligned table is rejected.
// expected_machine 0 accepts any e_machine; otherwise it must equal the image's (EM_*).
// On success the Image points into `data`, which must outlive it.
Error parse(const void *data, size_t size, Image &out, unsigned expected_machine = 0);

// As parse, but only the build's own ELF class is accepted (the other gives Error::bad_class).
Error parse_native(const void *data, size_t size, Image &out, unsigned expected_machine = 0);

// The number of bytes of a live, mapped vDSO the reader may use: the largest p_offset + p_filesz
// over its PT_LOAD segments, read from its own headers. 0 if the headers are not a valid ELF
// shared object of the build's byte order, or do not fit in the first `readable` bytes, which
// are the only ones the caller guarantees to be mapped. Section headers past the last PT_LOAD
// are outside the extent (the x86_64 vDSO keeps them there), so the reader does not count on them.
size_t mapped_extent(const void *ehdr, size_t readable);

struct Symbol {
    const char *name;      // "" when st_name is 0 or does not name a string inside DT_STRTAB
    const char *version;   // the defining version's name; nullptr if unversioned or no tables
    void *address;         // inside the image when the symbol lies in a PF_X PT_LOAD, else nullptr
    unsigned char type;    // STT_*
    unsigned char binding; // STB_*
    bool defined;          // st_shndx != SHN_UNDEF
};

// The address of the dynamic symbol `name`, in version `version` (nullptr: any version), or
// nullptr. Looks in DT_GNU_HASH when present (never falling back from it), else in DT_HASH,
// else scans every symbol. A match must be defined, STT_FUNC or STT_NOTYPE, STB_GLOBAL or
// STB_WEAK, have a name (st_name != 0: arm blanks unusable symbols that way), and lie inside an
// executable PT_LOAD. Versions are checked as the kernel's tools/testing/selftests/vDSO/
// parse_vdso.c does; an image without both DT_VERSYM and DT_VERDEF matches any version.
void *find_symbol(const Image &image, const char *name, const char *version);

// The image's DT_SONAME ("linux-vdso.so.1", "linux-gate.so.1" on i386, "linux-vdso64.so.1" on
// ppc64 and s390x: each arch's vdso linker script), or nullptr when it has none.
const char *soname(const Image &image);

// Iteration over every dynamic symbol entry: symbol_at(image, i, s) for i in [0, symbol_count).
// Entry 0 is the ELF null symbol and is reported like the others (undefined, name "").
// False only when index >= symbol_count(image).
// The dynamic section does not give the count; it is, in order of trust: DT_HASH's nchain, one
// past the last symbol the DT_GNU_HASH chains reach, the SHT_DYNSYM section's size when the
// section headers are inside the image, or (DT_STRTAB - DT_SYMTAB) / entry size when the string
// table follows the symbol table (an overestimate if other tables sit between them; the extra
// entries are unnamed or garbage, but inside the image). With none of these parse() fails with
// Error::unknown_symbol_count.
size_t symbol_count(const Image &image);
bool symbol_at(const Image &image, size_t index, Symbol &out);

bool has_gnu_hash(const Image &image);
bool has_sysv_hash(const Image &image);

}  // namespace vrt::vdso

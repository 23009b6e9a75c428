// Parsing a vDSO image: the ELF header, the PT_LOAD and PT_DYNAMIC segments, and the dynamic
// table that locates the symbol, string, hash and version tables. Every table is checked here,
// once, so the lookups can trust positions and sizes (they still bound every read).
#include "vdso/reader.h"
#include "sys/c_strings.h"

namespace vrt::vdso {

namespace {

constexpr const char *error_messages[] = {
    "no error",
    "too small for an ELF header",
    "not an ELF file",
    "unsupported ELF class",
    "not in this machine's byte order",
    "not a shared object",
    "built for another machine",
    "unusable program headers",
    "segments reach past the end of the image",
    "image not aligned for its ELF class",
    "no PT_LOAD segment",
    "no PT_DYNAMIC segment",
    "unusable dynamic table",
    "no dynamic symbol table",
    "unusable dynamic symbol table",
    "cannot tell how many symbols there are",
    "unusable string table",
    "unusable hash table",
    "unusable symbol version tables",
};
static_assert(sizeof(error_messages) / sizeof(error_messages[0]) ==
                  static_cast<size_t>(Error::bad_version_tables) + 1,
              "one message per Error");

// The parts of e_ident that decide whether and how to read the rest.
Error check_ident(const unsigned char *bytes, size_t size) {
    if (size < EI_NIDENT) return Error::too_small;
    if (bytes[EI_MAG0] != ELFMAG0 || bytes[EI_MAG1] != ELFMAG1 || bytes[EI_MAG2] != ELFMAG2 ||
        bytes[EI_MAG3] != ELFMAG3)
        return Error::bad_magic;
    if (bytes[EI_CLASS] != ELFCLASS32 && bytes[EI_CLASS] != ELFCLASS64) return Error::bad_class;
    if (bytes[EI_DATA] != native_data_encoding) return Error::foreign_byte_order;
    return Error::none;
}

template <class Class>
const typename Class::Phdr *program_headers(const Image &image) {
    return object_at<typename Class::Phdr>(image, image.program_headers,
                                           image.program_header_count);
}

// Fills the header fields of `image` from an ELF header whose e_ident check_ident accepted.
template <class Class>
Error read_header(const unsigned char *bytes, size_t size, unsigned expected_machine,
                  Image &image) {
    using Ehdr = typename Class::Ehdr;
    if (size < sizeof(Ehdr)) return Error::too_small;
    image.base = bytes;
    image.size = size;
    image.elf_class = Class::id;
    const Ehdr *ehdr = object_at<Ehdr>(image, 0);
    if (!ehdr) return Error::misaligned;
    if (ehdr->e_type != ET_DYN) return Error::not_shared_object;
    if (expected_machine != 0 && ehdr->e_machine != expected_machine) return Error::wrong_machine;
    image.machine = ehdr->e_machine;
    // PN_XNUM moves the real count into section header 0; no vDSO needs that many.
    if (ehdr->e_phentsize != sizeof(typename Class::Phdr) || ehdr->e_phnum == 0 ||
        ehdr->e_phnum == PN_XNUM)
        return Error::bad_program_headers;
    image.program_header_count = ehdr->e_phnum;
    if (ehdr->e_phoff == 0 || ehdr->e_phoff > size) return Error::bad_program_headers;
    image.program_headers = static_cast<size_t>(ehdr->e_phoff);
    if (!program_headers<Class>(image)) return Error::bad_program_headers;
    return Error::none;
}

// Every PT_LOAD must lie inside the image; finds the first PT_DYNAMIC.
template <class Class>
Error read_segments(const Image &image, uint64_t &dynamic_offset, uint64_t &dynamic_size) {
    const auto *phdrs = program_headers<Class>(image);
    bool loadable = false, dynamic = false;
    for (size_t i = 0; i < image.program_header_count; ++i) {
        const auto &ph = phdrs[i];
        if (ph.p_type == PT_LOAD) {
            if (!object_at<unsigned char>(image, ph.p_offset, ph.p_filesz)) return Error::truncated;
            loadable = true;
        } else if (ph.p_type == PT_DYNAMIC && !dynamic) {
            if (!object_at<unsigned char>(image, ph.p_offset, ph.p_filesz)) return Error::truncated;
            dynamic_offset = ph.p_offset;
            dynamic_size = ph.p_filesz;
            dynamic = true;
        }
    }
    if (!loadable) return Error::no_loadable_segment;
    if (!dynamic) return Error::no_dynamic_segment;
    return Error::none;
}

// The dynamic entries the reader uses, as found (addresses are virtual, 0 when absent).
struct DynamicEntries {
    uint64_t symtab = 0, syment = 0, strtab = 0, strsz = 0, hash = 0, gnu_hash = 0, versym = 0,
             verdef = 0, verdefnum = 0, soname = 0;
};

struct DynamicTag {
    int64_t tag;
    uint64_t DynamicEntries::*entry;
};

// A table rather than a switch: a switch on the 64-bit d_tag calls libgcc's __ucmpdi2 on MIPS32.
constexpr DynamicTag dynamic_tags[] = {
    {DT_SYMTAB, &DynamicEntries::symtab},   {DT_SYMENT, &DynamicEntries::syment},
    {DT_STRTAB, &DynamicEntries::strtab},   {DT_STRSZ, &DynamicEntries::strsz},
    {DT_HASH, &DynamicEntries::hash},       {DT_GNU_HASH, &DynamicEntries::gnu_hash},
    {DT_VERSYM, &DynamicEntries::versym},   {DT_VERDEF, &DynamicEntries::verdef},
    {DT_VERDEFNUM, &DynamicEntries::verdefnum}, {DT_SONAME, &DynamicEntries::soname},
};

template <class Class>
Error read_dynamic(const Image &image, uint64_t offset, uint64_t size, DynamicEntries &found) {
    using Dyn = typename Class::Dyn;
    const size_t count = static_cast<size_t>(size) / sizeof(Dyn);  // read_segments checked size
    const Dyn *entries = object_at<Dyn>(image, offset, count);
    if (!entries || count == 0) return Error::bad_dynamic_table;
    // The table ends at DT_NULL, or at the end of its segment if a hostile image omits it.
    for (size_t i = 0; i < count && entries[i].d_tag != DT_NULL; ++i) {
        for (const DynamicTag &known : dynamic_tags)
            if (entries[i].d_tag == known.tag) found.*known.entry = entries[i].d_un.d_ptr;
    }
    return Error::none;
}

// Translates a table's virtual address into `offset` (left 0 when the table is absent).
// A table cannot start at offset 0: the ELF header is there.
bool locate(const Image &image, uint64_t vaddr, size_t &offset) {
    uint64_t translated = 0;
    if (vaddr == 0) return true;
    if (!file_offset(image, vaddr, translated, false) || translated == 0) return false;
    offset = static_cast<size_t>(translated);  // < image.size: PT_LOADs lie inside the image
    return true;
}

template <class Class>
Error locate_tables(Image &image, const DynamicEntries &found) {
    if (found.symtab == 0) return Error::no_symbol_table;
    if (!locate(image, found.symtab, image.symtab) ||
        (found.syment != 0 && found.syment != sizeof(typename Class::Sym)))
        return Error::bad_symbol_table;
    if (found.strtab == 0 || found.strsz == 0 || !locate(image, found.strtab, image.strtab) ||
        !object_at<char>(image, image.strtab, found.strsz))
        return Error::bad_string_table;
    image.strtab_size = static_cast<size_t>(found.strsz);
    if (!locate(image, found.hash, image.sysv_hash) ||
        !locate(image, found.gnu_hash, image.gnu_hash))
        return Error::bad_hash_table;
    if (!locate(image, found.versym, image.versym) || !locate(image, found.verdef, image.verdef) ||
        found.verdefnum > image.size)
        return Error::bad_version_tables;
    image.verdef_count = static_cast<size_t>(found.verdefnum);
    // The name is only reported (dlopen matches it), so an unusable one is dropped, not fatal.
    image.soname = found.soname < found.strsz ? static_cast<size_t>(found.soname) : 0;
    return Error::none;
}

// The SHT_DYNSYM section header describing DT_SYMTAB, if the section headers are in the image
// (a file dump has them; x86_64's live vDSO keeps them past its last PT_LOAD, out of reach).
template <class Class>
bool count_from_sections(const Image &image, uint64_t &count) {
    using Shdr = typename Class::Shdr;
    const auto *ehdr = object_at<typename Class::Ehdr>(image, 0);
    if (ehdr->e_shoff == 0 || ehdr->e_shentsize != sizeof(Shdr)) return false;
    const Shdr *sections = object_at<Shdr>(image, ehdr->e_shoff, ehdr->e_shnum);
    if (!sections) return false;
    for (size_t i = 0; i < ehdr->e_shnum; ++i) {
        const Shdr &s = sections[i];
        if (s.sh_type == SHT_DYNSYM && s.sh_offset == image.symtab &&
            s.sh_entsize == sizeof(typename Class::Sym) && s.sh_size <= image.size) {
            count = static_cast<size_t>(s.sh_size) / sizeof(typename Class::Sym);
            return true;
        }
    }
    return false;
}

// How many entries DT_SYMTAB has, which the dynamic section does not say: the sources and their
// order are documented at symbol_count in image.h. DT_HASH's nchain comes first because the
// gABI defines it as the symbol count.
template <class Class>
Error count_symbols(Image &image) {
    using Sym = typename Class::Sym;
    size_t gnu_count = 0, sysv_count = 0;
    if (image.gnu_hash) {
        if (Error e = check_gnu_hash(image, gnu_count); e != Error::none) return e;
    }
    if (image.sysv_hash) {
        if (Error e = check_sysv_hash(image, sysv_count); e != Error::none) return e;
    }
    uint64_t count = 0;
    if (image.sysv_hash)
        count = sysv_count;
    else if (image.gnu_hash)
        count = gnu_count;
    else if (!count_from_sections<Class>(image, count)) {
        if (image.strtab <= image.symtab) return Error::unknown_symbol_count;
        count = (image.strtab - image.symtab) / sizeof(Sym);
    }
    if (!object_at<Sym>(image, image.symtab, count)) return Error::bad_symbol_table;
    image.symbol_entries = static_cast<size_t>(count);
    return Error::none;
}

template <class Class>
Error parse_as(const unsigned char *bytes, size_t size, unsigned expected_machine, Image &image) {
    uint64_t dynamic_offset = 0, dynamic_size = 0;
    DynamicEntries found;
    Error e = read_header<Class>(bytes, size, expected_machine, image);
    if (e == Error::none) e = read_segments<Class>(image, dynamic_offset, dynamic_size);
    if (e == Error::none) e = read_dynamic<Class>(image, dynamic_offset, dynamic_size, found);
    if (e == Error::none) e = locate_tables<Class>(image, found);
    if (e == Error::none) e = count_symbols<Class>(image);
    if (e == Error::none) e = check_version_tables(image);
    return e;
}

template <class Class>
bool file_offset_as(const Image &image, uint64_t vaddr, uint64_t &offset, bool executable) {
    const auto *phdrs = program_headers<Class>(image);
    for (size_t i = 0; phdrs && i < image.program_header_count; ++i) {
        const auto &ph = phdrs[i];
        if (ph.p_type != PT_LOAD || (executable && !(ph.p_flags & PF_X))) continue;
        if (vaddr >= ph.p_vaddr && vaddr - ph.p_vaddr < ph.p_filesz) {
            offset = vaddr - ph.p_vaddr + ph.p_offset;
            return true;
        }
    }
    return false;
}

// Keeps `out` empty unless the whole image is good.
Error finish(Error e, const Image &image, Image &out) {
    out = e == Error::none ? image : Image{};
    return e;
}

}  // namespace

const char *error_message(Error error) {
    const auto index = static_cast<size_t>(error);
    if (index >= sizeof(error_messages) / sizeof(error_messages[0])) return "unknown error";
    return error_messages[index];
}

Error parse(const void *data, size_t size, Image &out, unsigned expected_machine) {
    const auto *bytes = static_cast<const unsigned char *>(data);
    Image image;
    Error e = check_ident(bytes, size);
    if (e == Error::none)
        e = bytes[EI_CLASS] == ELFCLASS64
                ? parse_as<Elf64Class>(bytes, size, expected_machine, image)
                : parse_as<Elf32Class>(bytes, size, expected_machine, image);
    return finish(e, image, out);
}

Error parse_native(const void *data, size_t size, Image &out, unsigned expected_machine) {
    const auto *bytes = static_cast<const unsigned char *>(data);
    Image image;
    Error e = check_ident(bytes, size);
    if (e == Error::none && bytes[EI_CLASS] != NativeClass::id) e = Error::bad_class;
    if (e == Error::none) e = parse_as<NativeClass>(bytes, size, expected_machine, image);
    return finish(e, image, out);
}

// A live vDSO is always of the build's own class, so only that class is read here.
size_t mapped_extent(const void *ehdr, size_t readable) {
    const auto *bytes = static_cast<const unsigned char *>(ehdr);
    Image image;
    if (check_ident(bytes, readable) != Error::none || bytes[EI_CLASS] != NativeClass::id ||
        read_header<NativeClass>(bytes, readable, 0, image) != Error::none)
        return 0;
    const auto *phdrs = program_headers<NativeClass>(image);
    uint64_t extent = 0;
    for (size_t i = 0; i < image.program_header_count; ++i) {
        const auto &ph = phdrs[i];
        if (ph.p_type != PT_LOAD) continue;
        if (ph.p_filesz > UINT64_MAX - ph.p_offset) return 0;
        if (ph.p_offset + ph.p_filesz > extent) extent = ph.p_offset + ph.p_filesz;
    }
    return extent > SIZE_MAX ? 0 : static_cast<size_t>(extent);
}

bool file_offset(const Image &image, uint64_t vaddr, uint64_t &offset, bool executable) {
    return with_class(image, [&](auto elf_class) {
        return file_offset_as<decltype(elf_class)>(image, vaddr, offset, executable);
    });
}

const char *string_at(const Image &image, uint64_t index) {
    if (index >= image.strtab_size) return nullptr;
    const char *s = reinterpret_cast<const char *>(image.base + image.strtab + index);
    const size_t limit = image.strtab_size - static_cast<size_t>(index);
    return bounded_string_length(s, limit) < limit ? s : nullptr;
}

const char *soname(const Image &image) { return image.soname ? string_at(image, image.soname) : nullptr; }

bool has_gnu_hash(const Image &image) { return image.gnu_hash != 0; }
bool has_sysv_hash(const Image &image) { return image.sysv_hash != 0; }

}  // namespace vrt::vdso

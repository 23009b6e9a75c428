// Finding and listing the image's dynamic symbols: which entries count as a match, where a
// symbol's code is in the image, and the choice of hash table.
#include "vdso/reader.h"
#include "sys/c_strings.h"

namespace vrt::vdso {

namespace {

template <class Class>
bool read_symbol_as(const Image &image, size_t index, SymbolEntry &out) {
    using Sym = typename Class::Sym;
    if (index >= image.symbol_entries) return false;
    const Sym *sym = object_at<Sym>(image, image.symtab + uint64_t{index} * sizeof(Sym));
    if (!sym) return false;
    out = {sym->st_name, sym->st_info, sym->st_shndx, sym->st_value};
    return true;
}

// Where the code at `value` sits in the image, or nullptr when no executable PT_LOAD holds it:
// the address is going to be called.
void *executable_address(const Image &image, uint64_t value) {
    uint64_t offset = 0;
    if (!file_offset(image, value, offset, true)) return nullptr;
    return const_cast<unsigned char *>(image.base + offset);
}

bool callable_kind(unsigned char info) {
    const unsigned type = ELF_ST_TYPE(info), binding = ELF_ST_BIND(info);
    // ppc64 and aarch64 export some entry points as STT_NOTYPE.
    return (type == STT_FUNC || type == STT_NOTYPE) &&
           (binding == STB_GLOBAL || binding == STB_WEAK);
}

}  // namespace

bool read_symbol(const Image &image, size_t index, SymbolEntry &out) {
    return with_class(image, [&](auto elf_class) {
        return read_symbol_as<decltype(elf_class)>(image, index, out);
    });
}

void *resolve_symbol(const Image &image, size_t index, const char *name, const char *version) {
    SymbolEntry sym;
    // st_name 0 is no name: arm blanks the symbols of an unusable timer that way.
    if (!read_symbol(image, index, sym) || sym.name == 0 || sym.section == SHN_UNDEF ||
        !callable_kind(sym.info))
        return nullptr;
    const char *symbol_name = string_at(image, sym.name);
    if (!symbol_name || !strings_equal(symbol_name, name)) return nullptr;
    if (version && has_version_tables(image)) {
        const char *defined_in = symbol_version(image, index);
        if (!defined_in || !strings_equal(defined_in, version)) return nullptr;
    }
    return executable_address(image, sym.value);
}

void *find_symbol(const Image &image, const char *name, const char *version) {
    if (!name || !*name) return nullptr;
    if (has_gnu_hash(image)) return gnu_hash_find(image, name, version);
    if (has_sysv_hash(image)) return sysv_hash_find(image, name, version);
    for (size_t i = 1; i < image.symbol_entries; ++i) {
        if (void *address = resolve_symbol(image, i, name, version)) return address;
    }
    return nullptr;
}

size_t symbol_count(const Image &image) { return image.symbol_entries; }

bool symbol_at(const Image &image, size_t index, Symbol &out) {
    SymbolEntry sym;
    if (!read_symbol(image, index, sym)) return false;
    const char *name = sym.name ? string_at(image, sym.name) : nullptr;
    out.name = name ? name : "";
    out.version = symbol_version(image, index);
    out.defined = sym.section != SHN_UNDEF;
    out.address = out.defined ? executable_address(image, sym.value) : nullptr;
    out.type = ELF_ST_TYPE(sym.info);
    out.binding = ELF_ST_BIND(sym.info);
    return true;
}

}  // namespace vrt::vdso

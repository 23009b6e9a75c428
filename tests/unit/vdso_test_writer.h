// A small ELF shared-object writer for the vDSO reader's tests: it lays out exactly the tables a
// vDSO has (dynsym, dynstr, versym, verdef, GNU and SysV hash, dynamic) in a byte image, in
// either class, with the knobs the tests need (which tables, SysV entry width, machine, section
// headers, segment addresses), and records where every table and field went so a test can
// corrupt one field and watch the reader's answer.
//
// Layout (offsets grow downwards; p_vaddr = p_offset + bias, plus text_gap in the text segment,
// so that every segment translates differently):
//
//   Ehdr | Phdr[4]: PT_LOAD R (headers and tables), PT_LOAD R+X (text), PT_LOAD R (rodata),
//                   PT_DYNAMIC
//   dynsym, dynstr (or dynstr, dynsym), versym, verdef, GNU hash, SysV hash, dynamic
//   text (64 bytes per symbol) | rodata (64 bytes) | section headers (optional)
#pragma once

#include "vdso/elf.h"
#include "vdso/image.h"

#include <algorithm>
#include <cstring>
#include <map>
#include <string>
#include <vector>

namespace vdso_test {

using vrt::vdso::Verdaux;
using vrt::vdso::Verdef;

enum class Place { text, rodata, nowhere };

struct SymbolSpec {
    std::string name;  // "" gives st_name 0
    unsigned char type = STT_FUNC;
    unsigned char binding = STB_GLOBAL;
    bool defined = true;
    uint16_t versym = 2;  // 0 local, 1 global (base), 2.. the versions below; bit 15 hides
    Place place = Place::text;
};

struct ImageSpec {
    uint16_t machine = EM_X86_64;
    bool gnu_hash = true;
    bool sysv_hash = true;
    unsigned sysv_entry_size = 4;
    bool versions = true;  // DT_VERSYM and DT_VERDEF
    std::vector<std::string> version_names = {"LINUX_2.6"};  // vd_ndx 2, 3, ...
    bool section_headers = false;
    bool strtab_before_symtab = false;
    uint64_t bias = 0x10000;     // p_vaddr - p_offset of the table and rodata segments
    uint64_t text_gap = 0x1000;  // extra p_vaddr - p_offset of the text segment
    std::vector<SymbolSpec> symbols;
};

// Where things went. Symbol i of the image is symbols_in_order[i - 1] (the GNU hash table
// reorders them by bucket).
struct Layout {
    size_t phdrs = 0, dynsym = 0, dynstr = 0, versym = 0, verdef = 0, gnu_hash = 0,
           sysv_hash = 0, dynamic = 0, text = 0, rodata = 0, shdrs = 0, end = 0;
    size_t gnu_bloom = 0, gnu_buckets = 0, gnu_chains = 0;
    size_t sysv_buckets = 0, sysv_chains = 0;
    std::map<long, size_t> dynamic_value;  // d_tag -> offset of its d_un
    std::map<long, size_t> dynamic_tag;    // d_tag -> offset of its d_tag
    std::vector<SymbolSpec> symbols_in_order;
    std::map<std::string, size_t> symbol_index;   // name -> dynsym index (last one of a name)
    std::vector<size_t> verdef_records;           // offset of each Verdef
    size_t text_offset_of(size_t index) const { return text + 64 * index; }
};

inline uint32_t gnu_hash_of(const char *s) {
    uint32_t h = 5381;
    for (; *s; ++s) h = h * 33 + static_cast<unsigned char>(*s);
    return h;
}

inline uint32_t elf_hash_of(const char *s) {
    uint32_t h = 0;
    for (; *s; ++s) {
        h = (h << 4) + static_cast<unsigned char>(*s);
        uint32_t g = h & 0xf0000000;
        if (g) h ^= g >> 24;
        h &= ~g;
    }
    return h;
}

template <class T>
void put(std::vector<unsigned char> &bytes, size_t offset, T value) {
    std::memcpy(bytes.data() + offset, &value, sizeof value);
}

template <class T>
T get(const std::vector<unsigned char> &bytes, size_t offset) {
    T value;
    std::memcpy(&value, bytes.data() + offset, sizeof value);
    return value;
}

constexpr uint32_t gnu_buckets = 3;
constexpr uint32_t gnu_bloom_shift = 6;
constexpr uint32_t sysv_buckets = 3;

template <class Class>
std::vector<unsigned char> build(const ImageSpec &spec, Layout &layout) {
    using Ehdr = typename Class::Ehdr;
    using Phdr = typename Class::Phdr;
    using Shdr = typename Class::Shdr;
    using Dyn = typename Class::Dyn;
    using Sym = typename Class::Sym;
    using Addr = typename Class::Addr;
    constexpr unsigned bloom_bits = sizeof(Addr) * 8;

    layout = Layout{};
    std::vector<SymbolSpec> symbols = spec.symbols;
    if (spec.gnu_hash) {
        std::stable_sort(symbols.begin(), symbols.end(), [](const SymbolSpec &a, const SymbolSpec &b) {
            return gnu_hash_of(a.name.c_str()) % gnu_buckets < gnu_hash_of(b.name.c_str()) % gnu_buckets;
        });
    }
    layout.symbols_in_order = symbols;
    const size_t count = symbols.size() + 1;

    // The string table: names, then the base name and the version names.
    std::string strings(1, '\0');
    auto add_string = [&](const std::string &s) {
        if (s.empty()) return size_t{0};
        size_t at = strings.size();
        strings += s;
        strings += '\0';
        return at;
    };
    std::vector<size_t> name_at;
    for (const auto &s : symbols) name_at.push_back(add_string(s.name));
    const size_t base_name_at = add_string("linux-vdso.so.1");
    std::vector<size_t> version_at;
    for (const auto &v : spec.version_names) version_at.push_back(add_string(v));

    auto align = [](size_t n, size_t a) { return (n + a - 1) / a * a; };
    size_t at = sizeof(Ehdr);
    layout.phdrs = at;
    at += 4 * sizeof(Phdr);
    auto place = [&](size_t &offset, size_t size) {
        at = align(at, 8);
        offset = at;
        at += size;
    };
    if (spec.strtab_before_symtab) {
        place(layout.dynstr, strings.size());
        place(layout.dynsym, count * sizeof(Sym));
    } else {
        place(layout.dynsym, count * sizeof(Sym));
        at = layout.dynsym + count * sizeof(Sym);  // dynstr right after dynsym, as linkers do
        layout.dynstr = at;
        at += strings.size();
    }
    const size_t versions = spec.versions ? spec.version_names.size() + 1 : 0;
    if (spec.versions) {
        place(layout.versym, count * 2);
        place(layout.verdef, versions * (sizeof(Verdef) + sizeof(Verdaux)));
    }
    if (spec.gnu_hash) {
        place(layout.gnu_hash, 16 + sizeof(Addr) + 4 * gnu_buckets + 4 * (count - 1));
        layout.gnu_bloom = layout.gnu_hash + 16;
        layout.gnu_buckets = layout.gnu_bloom + sizeof(Addr);
        layout.gnu_chains = layout.gnu_buckets + 4 * gnu_buckets;
    }
    const size_t entry = spec.sysv_entry_size;
    if (spec.sysv_hash) {
        place(layout.sysv_hash, entry * (2 + sysv_buckets + count));
        layout.sysv_buckets = layout.sysv_hash + 2 * entry;
        layout.sysv_chains = layout.sysv_buckets + sysv_buckets * entry;
    }
    const size_t dynamic_entries = 11;
    place(layout.dynamic, dynamic_entries * sizeof(Dyn));
    at = align(at, 64);
    layout.text = at;
    at += 64 * count;
    layout.rodata = at;
    at += 64;
    if (spec.section_headers) place(layout.shdrs, 2 * sizeof(Shdr));
    layout.end = at;

    std::vector<unsigned char> bytes(layout.end, 0);
    const uint64_t text_bias = spec.bias + spec.text_gap;
    auto vaddr = [&](size_t offset) { return static_cast<Addr>(offset + spec.bias); };

    Ehdr ehdr{};
    std::memcpy(ehdr.e_ident, ELFMAG, SELFMAG);
    ehdr.e_ident[EI_CLASS] = Class::id;
    ehdr.e_ident[EI_DATA] = vrt::vdso::native_data_encoding;
    ehdr.e_ident[EI_VERSION] = EV_CURRENT;
    ehdr.e_type = ET_DYN;
    ehdr.e_machine = spec.machine;
    ehdr.e_version = EV_CURRENT;
    ehdr.e_phoff = layout.phdrs;
    ehdr.e_ehsize = sizeof(Ehdr);
    ehdr.e_phentsize = sizeof(Phdr);
    ehdr.e_phnum = 4;
    if (spec.section_headers) {
        ehdr.e_shoff = layout.shdrs;
        ehdr.e_shentsize = sizeof(Shdr);
        ehdr.e_shnum = 2;
    }
    put(bytes, 0, ehdr);

    Phdr phdrs[4]{};
    phdrs[0].p_type = PT_LOAD;
    phdrs[0].p_flags = PF_R;
    phdrs[0].p_offset = 0;
    phdrs[0].p_vaddr = vaddr(0);
    phdrs[0].p_filesz = phdrs[0].p_memsz = layout.text;
    phdrs[1].p_type = PT_LOAD;
    phdrs[1].p_flags = PF_R | PF_X;
    phdrs[1].p_offset = layout.text;
    phdrs[1].p_vaddr = static_cast<Addr>(layout.text + text_bias);
    phdrs[1].p_filesz = phdrs[1].p_memsz = layout.rodata - layout.text;
    phdrs[2].p_type = PT_LOAD;
    phdrs[2].p_flags = PF_R;
    phdrs[2].p_offset = layout.rodata;
    phdrs[2].p_vaddr = vaddr(layout.rodata);
    phdrs[2].p_filesz = phdrs[2].p_memsz = 64;
    phdrs[3].p_type = PT_DYNAMIC;
    phdrs[3].p_flags = PF_R;
    phdrs[3].p_offset = layout.dynamic;
    phdrs[3].p_vaddr = vaddr(layout.dynamic);
    phdrs[3].p_filesz = phdrs[3].p_memsz = dynamic_entries * sizeof(Dyn);
    for (int i = 0; i < 4; ++i) put(bytes, layout.phdrs + i * sizeof(Phdr), phdrs[i]);

    for (size_t i = 1; i < count; ++i) {
        const SymbolSpec &s = symbols[i - 1];
        Sym sym{};
        sym.st_name = static_cast<uint32_t>(name_at[i - 1]);
        sym.st_info = static_cast<unsigned char>((s.binding << 4) | s.type);
        sym.st_shndx = s.defined ? 1 : SHN_UNDEF;
        // Undefined symbols get a value in the text too: only st_shndx may reject them.
        if (s.place == Place::text)
            sym.st_value = static_cast<Addr>(layout.text_offset_of(i) + text_bias);
        else if (s.place == Place::rodata)
            sym.st_value = vaddr(layout.rodata);
        else
            sym.st_value = static_cast<Addr>(0x7000000);  // in no segment
        put(bytes, layout.dynsym + i * sizeof(Sym), sym);
        if (!s.name.empty()) layout.symbol_index[s.name] = i;
    }
    std::memcpy(bytes.data() + layout.dynstr, strings.data(), strings.size());

    if (spec.versions) {
        for (size_t i = 1; i < count; ++i)
            put<uint16_t>(bytes, layout.versym + 2 * i, symbols[i - 1].versym);
        for (size_t v = 0; v < versions; ++v) {
            const size_t record = layout.verdef + v * (sizeof(Verdef) + sizeof(Verdaux));
            const size_t name = v == 0 ? base_name_at : version_at[v - 1];
            Verdef def{};
            def.vd_version = 1;
            def.vd_flags = v == 0 ? VER_FLG_BASE : 0;
            def.vd_ndx = static_cast<uint16_t>(v + 1);
            def.vd_cnt = 1;
            def.vd_hash = elf_hash_of(strings.c_str() + name);
            def.vd_aux = sizeof(Verdef);
            def.vd_next = v + 1 < versions ? sizeof(Verdef) + sizeof(Verdaux) : 0;
            put(bytes, record, def);
            put(bytes, record + sizeof(Verdef), Verdaux{static_cast<uint32_t>(name), 0});
            layout.verdef_records.push_back(record);
        }
    }

    if (spec.gnu_hash) {
        put<uint32_t>(bytes, layout.gnu_hash, gnu_buckets);
        put<uint32_t>(bytes, layout.gnu_hash + 4, 1);  // symoffset: every symbol is hashed
        put<uint32_t>(bytes, layout.gnu_hash + 8, 1);  // one bloom word
        put<uint32_t>(bytes, layout.gnu_hash + 12, gnu_bloom_shift);
        Addr bloom = 0;
        for (size_t i = 1; i < count; ++i) {
            const uint32_t h = gnu_hash_of(symbols[i - 1].name.c_str());
            bloom |= Addr{1} << (h % bloom_bits);
            bloom |= Addr{1} << ((h >> gnu_bloom_shift) % bloom_bits);
            const uint32_t b = h % gnu_buckets;
            if (get<uint32_t>(bytes, layout.gnu_buckets + 4 * b) == 0)
                put<uint32_t>(bytes, layout.gnu_buckets + 4 * b, static_cast<uint32_t>(i));
            const bool last = i + 1 == count ||
                              gnu_hash_of(symbols[i].name.c_str()) % gnu_buckets != b;
            put<uint32_t>(bytes, layout.gnu_chains + 4 * (i - 1), (h & ~1u) | (last ? 1 : 0));
        }
        put<Addr>(bytes, layout.gnu_bloom, bloom);
    }

    if (spec.sysv_hash) {
        auto put_entry = [&](size_t offset, uint64_t value) {
            if (entry == 8) put<uint64_t>(bytes, offset, value);
            else put<uint32_t>(bytes, offset, static_cast<uint32_t>(value));
        };
        auto get_entry = [&](size_t offset) -> uint64_t {
            return entry == 8 ? get<uint64_t>(bytes, offset) : get<uint32_t>(bytes, offset);
        };
        put_entry(layout.sysv_hash, sysv_buckets);
        put_entry(layout.sysv_hash + entry, count);
        for (size_t i = 1; i < count; ++i) {
            const size_t b = elf_hash_of(symbols[i - 1].name.c_str()) % sysv_buckets;
            put_entry(layout.sysv_chains + i * entry, get_entry(layout.sysv_buckets + b * entry));
            put_entry(layout.sysv_buckets + b * entry, i);
        }
    }

    size_t d = 0;
    auto add_dynamic = [&](long tag, uint64_t value) {
        Dyn dyn{};
        dyn.d_tag = static_cast<decltype(dyn.d_tag)>(tag);
        dyn.d_un.d_ptr = static_cast<Addr>(value);
        const size_t offset = layout.dynamic + d++ * sizeof(Dyn);
        put(bytes, offset, dyn);
        layout.dynamic_tag[tag] = offset;
        layout.dynamic_value[tag] = offset + offsetof(Dyn, d_un);
    };
    add_dynamic(DT_SYMTAB, vaddr(layout.dynsym));
    add_dynamic(DT_SYMENT, sizeof(Sym));
    add_dynamic(DT_STRTAB, vaddr(layout.dynstr));
    add_dynamic(DT_STRSZ, strings.size());
    if (spec.sysv_hash) add_dynamic(DT_HASH, vaddr(layout.sysv_hash));
    if (spec.gnu_hash) add_dynamic(DT_GNU_HASH, vaddr(layout.gnu_hash));
    if (spec.versions) {
        add_dynamic(DT_VERSYM, vaddr(layout.versym));
        add_dynamic(DT_VERDEF, vaddr(layout.verdef));
        add_dynamic(DT_VERDEFNUM, versions);
    }
    add_dynamic(DT_NULL, 0);

    if (spec.section_headers) {
        Shdr dynsym{};
        dynsym.sh_type = SHT_DYNSYM;
        dynsym.sh_offset = layout.dynsym;
        dynsym.sh_addr = vaddr(layout.dynsym);
        dynsym.sh_size = count * sizeof(Sym);
        dynsym.sh_entsize = sizeof(Sym);
        put(bytes, layout.shdrs + sizeof(Shdr), dynsym);
    }
    return bytes;
}

// A built image, parsed. Not copyable: `image` points into `bytes`.
struct Crafted {
    std::vector<unsigned char> bytes;
    Layout layout;
    vrt::vdso::Image image;
    vrt::vdso::Error error = vrt::vdso::Error::none;

    Crafted() = default;
    Crafted(Crafted &&) = default;
    Crafted(const Crafted &) = delete;

    vrt::vdso::Error reparse() {
        return error = vrt::vdso::parse(bytes.data(), bytes.size(), image);
    }
    // Where symbol `name`'s code is in `bytes`.
    void *code_of(const std::string &name) {
        return bytes.data() + layout.text_offset_of(layout.symbol_index.at(name));
    }
    size_t index_of(const std::string &name) const { return layout.symbol_index.at(name); }
};

template <class Class>
Crafted craft(const ImageSpec &spec) {
    Crafted c;
    c.bytes = build<Class>(spec, c.layout);
    c.reparse();
    return c;
}

inline Crafted craft(unsigned char elf_class, ImageSpec spec) {
    if (elf_class == ELFCLASS64) return craft<vrt::vdso::Elf64Class>(spec);
    if (spec.machine == EM_X86_64) spec.machine = EM_386;
    return craft<vrt::vdso::Elf32Class>(spec);
}

// The usual test image: the x86_64 vDSO's names, all in LINUX_2.6.
inline ImageSpec vdso_like_spec() {
    ImageSpec spec;
    for (const char *name : {"__vdso_clock_gettime", "__vdso_gettimeofday", "__vdso_time",
                             "__vdso_getcpu", "__vdso_clock_getres", "__vdso_getrandom"})
        spec.symbols.push_back(SymbolSpec{name});
    return spec;
}

}  // namespace vdso_test

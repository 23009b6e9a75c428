// Lookup through the SysV hash table (DT_HASH), gABI "Hash Table":
//
//   Word nbucket, nchain;
//   Word bucket[nbucket];   // first symbol index of the bucket, 0 (STN_UNDEF) if empty
//   Word chain[nchain];     // next symbol index in the same bucket, 0 at the end
//
// nchain equals the number of dynamic symbols. A Word is 4 bytes, except in the ELF64 images of
// s390x and Alpha, whose ABIs made these entries 8 bytes (glibc's Elf_Symndx; the kernel's s390
// vDSO has them: a 4-byte reader finds 3 of its 9 symbols). The GNU hash table has no such case.
#include "vdso/reader.h"

namespace vrt::vdso {

namespace {

// The classic ELF hash of the System V ABI.
uint32_t elf_hash(const char *name) {
    uint32_t h = 0;
    for (auto *c = reinterpret_cast<const unsigned char *>(name); *c; ++c) {
        h = (h << 4) + *c;
        const uint32_t high = h & 0xf0000000;
        if (high) h ^= high >> 24;
        h &= ~high;
    }
    return h;
}

// The whole table, { nbucket, nchain, bucket..., chain... }, or nullptr if it does not fit.
template <class Entry>
const Entry *whole_table(const Image &image) {
    const Entry *sizes = object_at<Entry>(image, image.sysv_hash, 2);
    // Counts larger than the image cannot fit; refusing them also keeps the sum from wrapping.
    if (!sizes || sizes[0] > image.size || sizes[1] > image.size) return nullptr;
    return object_at<Entry>(image, image.sysv_hash, 2 + uint64_t{sizes[0]} + sizes[1]);
}

template <class Entry>
Error check_as(const Image &image, size_t &symbol_count) {
    const Entry *table = whole_table<Entry>(image);
    if (!table || table[0] == 0) return Error::bad_hash_table;
    symbol_count = static_cast<size_t>(table[1]);
    return Error::none;
}

template <class Entry>
void *find_as(const Image &image, const char *name, const char *version) {
    const Entry *table = whole_table<Entry>(image);
    if (!table || table[0] == 0) return nullptr;
    // Both counts are below image.size (whole_table), so size_t holds them.
    const auto buckets = static_cast<size_t>(table[0]), chains = static_cast<size_t>(table[1]);
    const Entry *bucket = table + 2, *chain = bucket + buckets;
    // A hostile chain may loop: no chain is longer than the symbol count.
    uint64_t i = bucket[elf_hash(name) % buckets];
    for (size_t steps = 0; i != 0 && i < chains && steps < chains; ++steps, i = chain[i]) {
        if (void *address = resolve_symbol(image, static_cast<size_t>(i), name, version))
            return address;
    }
    return nullptr;
}

}  // namespace

unsigned sysv_hash_entry_size(unsigned char elf_class, unsigned machine) {
    return elf_class == ELFCLASS64 && (machine == EM_S390 || machine == EM_ALPHA) ? 8 : 4;
}

Error check_sysv_hash(const Image &image, size_t &symbol_count) {
    if (sysv_hash_entry_size(image.elf_class, image.machine) == 8)
        return check_as<uint64_t>(image, symbol_count);
    return check_as<uint32_t>(image, symbol_count);
}

void *sysv_hash_find(const Image &image, const char *name, const char *version) {
    if (sysv_hash_entry_size(image.elf_class, image.machine) == 8)
        return find_as<uint64_t>(image, name, version);
    return find_as<uint32_t>(image, name, version);
}

}  // namespace vrt::vdso

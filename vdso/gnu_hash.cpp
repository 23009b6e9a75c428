// Lookup through the GNU hash table (DT_GNU_HASH). The format has no gABI text; this is the
// layout binutils' bfd/elflink.c writes and glibc's elf/dl-lookup.c reads:
//
//   uint32_t nbuckets, symoffset, bloom_size, bloom_shift;
//   Addr     bloom[bloom_size];   // Addr-wide words: 32 bits in ELF32, 64 in ELF64
//   uint32_t buckets[nbuckets];   // lowest symbol index in the bucket, 0 if empty
//   uint32_t chains[];            // chains[i - symoffset]: symbol i's hash, bit 0 set on the
//                                 // last symbol of its bucket
//
// Symbols below symoffset are not hashed; the others are sorted by bucket, so a bucket's
// symbols are consecutive. The words stay 32 bits on s390x, unlike its DT_HASH entries.
#include "vdso/reader.h"

namespace vrt::vdso {

namespace {

struct Header {
    uint32_t buckets;
    uint32_t symbol_offset;
    uint32_t bloom_words;
    uint32_t bloom_shift;
};

// Where a table's arrays start, once its header and fixed-size arrays are known to fit.
struct Table {
    const Header *header;
    uint64_t bloom;
    uint64_t buckets;
    uint64_t chains;
    unsigned bloom_word_bits;
};

bool open_table(const Image &image, Table &table) {
    const Header *header = object_at<Header>(image, image.gnu_hash);
    // bloom_shift >= 32 would be an undefined shift of the 32-bit hash.
    if (!header || header->buckets == 0 || header->bloom_words == 0 || header->bloom_shift >= 32)
        return false;
    table.header = header;
    table.bloom_word_bits = image.elf_class == ELFCLASS64 ? 64 : 32;
    table.bloom = image.gnu_hash + sizeof(Header);
    table.buckets = table.bloom + uint64_t{header->bloom_words} * (table.bloom_word_bits / 8);
    table.chains = table.buckets + uint64_t{header->buckets} * sizeof(uint32_t);
    const bool bloom_fits = table.bloom_word_bits == 64
                                ? object_at<uint64_t>(image, table.bloom, header->bloom_words) != nullptr
                                : object_at<uint32_t>(image, table.bloom, header->bloom_words) != nullptr;
    return bloom_fits && object_at<uint32_t>(image, table.buckets, header->buckets);
}

uint64_t bloom_word(const Image &image, const Table &table, uint32_t index) {
    if (table.bloom_word_bits == 64) return object_at<uint64_t>(image, table.bloom)[index];
    return object_at<uint32_t>(image, table.bloom)[index];
}

uint32_t bucket(const Image &image, const Table &table, uint32_t index) {
    return object_at<uint32_t>(image, table.buckets)[index];
}

// Symbol `index`'s chain word, or nullptr when the chain array does not reach it.
const uint32_t *chain(const Image &image, const Table &table, uint64_t index) {
    if (index < table.header->symbol_offset) return nullptr;
    return object_at<uint32_t>(image, table.chains +
                                          (index - table.header->symbol_offset) * sizeof(uint32_t));
}

// Dan Bernstein's string hash, as the GNU hash table uses it.
uint32_t gnu_hash(const char *name) {
    uint32_t h = 5381;
    for (auto *c = reinterpret_cast<const unsigned char *>(name); *c; ++c) h = h * 33 + *c;
    return h;
}

}  // namespace

// The symbol count is one past the last chain entry: the end of the highest bucket's chain.
Error check_gnu_hash(const Image &image, size_t &symbol_count) {
    Table table;
    if (!open_table(image, table)) return Error::bad_hash_table;
    uint32_t last_start = 0;
    for (uint32_t b = 0; b < table.header->buckets; ++b) {
        const uint32_t start = bucket(image, table, b);
        if (start != 0 && start < table.header->symbol_offset) return Error::bad_hash_table;
        if (start > last_start) last_start = start;
    }
    if (last_start == 0) {  // nothing hashed
        symbol_count = table.header->symbol_offset;
        return Error::none;
    }
    // Ends: each step reads the next chain word, and the image has finitely many.
    for (uint64_t i = last_start;; ++i) {
        const uint32_t *word = chain(image, table, i);
        if (!word) return Error::bad_hash_table;
        if (*word & 1) {
            symbol_count = static_cast<size_t>(i + 1);
            return Error::none;
        }
    }
}

void *gnu_hash_find(const Image &image, const char *name, const char *version) {
    Table table;
    if (!open_table(image, table)) return nullptr;
    const Header &header = *table.header;
    const uint32_t hash = gnu_hash(name);
    // Two bits of one bloom word must be set; if either is clear the name is not in the table.
    const unsigned bits = table.bloom_word_bits;
    const uint64_t word = bloom_word(image, table, (hash / bits) % header.bloom_words);
    if (((word >> (hash % bits)) & (word >> ((hash >> header.bloom_shift) % bits)) & 1) == 0)
        return nullptr;
    const uint32_t start = bucket(image, table, hash % header.buckets);
    if (start == 0) return nullptr;
    for (uint64_t i = start; i < image.symbol_entries; ++i) {
        const uint32_t *word_i = chain(image, table, i);
        if (!word_i) return nullptr;
        if ((*word_i | 1) == (hash | 1)) {
            if (void *address = resolve_symbol(image, static_cast<size_t>(i), name, version))
                return address;
        }
        if (*word_i & 1) return nullptr;
    }
    return nullptr;
}

}  // namespace vrt::vdso

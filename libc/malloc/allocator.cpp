#include "libc/malloc/allocator.h"

namespace vrt {
namespace {

// Arbitrary values, unlikely to sit by chance in memory that was never a block.
enum class BlockKind : uint32_t {
    small = 0x534d4131,
    large = 0x4c524731,
    aligned = 0x414c4e31,
    freed = 0x46524531,
};

// The 16 bytes just below every block (see allocator.h for the kinds).
struct alignas(16) BlockHeader {
    uintptr_t word;   // small: its Chunk; large: its mapping's length; aligned: distance back to
                      // the small block that holds it
    uint32_t offset;  // large: distance from the mapping's start to the block
    BlockKind kind;
};
static_assert(sizeof(BlockHeader) == 16);

constexpr uint32_t chunk_magic = 0x43484e4b;

// No mapping, header included, exceeds PTRDIFF_MAX: pointer differences within a block must be
// representable (glibc draws the same line). On a 32-bit process under a 64-bit kernel a 2 GiB
// mapping would otherwise succeed.
constexpr size_t largest_mapping = PTRDIFF_MAX;

// A freed small block's first word links it into its chunk's free list.
struct FreeSlot {
    FreeSlot *next;
};

BlockHeader *header_of(const void *block) {
    return reinterpret_cast<BlockHeader *>(reinterpret_cast<uintptr_t>(block) - sizeof(BlockHeader));
}

constexpr bool is_aligned(uintptr_t value, size_t alignment) { return (value & (alignment - 1)) == 0; }
constexpr uintptr_t align_up(uintptr_t value, size_t alignment) {
    return (value + alignment - 1) & ~static_cast<uintptr_t>(alignment - 1);
}

// Slot sizes, header included: 32..128 by 16, then 4 steps per doubling up to 64 KiB.
constexpr size_t slot_size_formula(unsigned size_class) {
    if (size_class < 7) return 32 + 16 * size_class;
    unsigned steps = size_class - 7;
    unsigned exponent = 7 + steps / 4;
    return (size_t{1} << exponent) + (steps % 4 + 1) * (size_t{1} << (exponent - 2));
}
static_assert(slot_size_formula(Allocator::size_classes - 1) ==
              Allocator::largest_small_request + sizeof(BlockHeader));

// The smallest size class whose slot holds `size` bytes and the header.
unsigned size_class_for(size_t size) {
    size_t slot = size + sizeof(BlockHeader);
    if (slot <= 32) return 0;
    if (slot <= 128) return static_cast<unsigned>((slot + 15) / 16 - 2);
    unsigned exponent = 7;  // 2^exponent < slot <= 2^(exponent + 1)
    while (slot > size_t{1} << (exponent + 1)) ++exponent;
    unsigned step_shift = exponent - 2;
    size_t steps = (slot - (size_t{1} << exponent) + (size_t{1} << step_shift) - 1) >> step_shift;
    return 7 + 4 * (exponent - 7) + static_cast<unsigned>(steps) - 1;
}

}  // namespace

// The start of every chunk; its slots follow at chunk_header_bytes.
struct Allocator::Chunk {
    Chunk *next;      // in its size class's list of chunks with room, or in the empty list
    Chunk *previous;  // in the size class's list only
    FreeSlot *free_slots;
    uint32_t magic;
    uint32_t size_class;
    uint32_t live_blocks;
    uint32_t carved_slots;  // slots below this index have been handed out at least once
};

namespace {

using Chunk = Allocator::Chunk;

constexpr size_t chunk_header_bytes = align_up(sizeof(Chunk), 16);

struct SizeClassTable {
    uint32_t slot_size[Allocator::size_classes];
    uint32_t slots_per_chunk[Allocator::size_classes];
};

// Computed at compile time, so no division happens at run time.
constexpr SizeClassTable size_class_table = [] {
    SizeClassTable table{};
    for (unsigned c = 0; c < Allocator::size_classes; ++c) {
        table.slot_size[c] = static_cast<uint32_t>(slot_size_formula(c));
        table.slots_per_chunk[c] =
            static_cast<uint32_t>((Allocator::chunk_bytes - chunk_header_bytes) / slot_size_formula(c));
    }
    return table;
}();
static_assert(size_class_table.slots_per_chunk[Allocator::size_classes - 1] >= 3);

uintptr_t first_block(const Chunk *chunk) {
    return reinterpret_cast<uintptr_t>(chunk) + chunk_header_bytes + sizeof(BlockHeader);
}

void push_front(Chunk *&head, Chunk *chunk) {
    chunk->previous = nullptr;
    chunk->next = head;
    if (head) head->previous = chunk;
    head = chunk;
}

void unlink(Chunk *&head, Chunk *chunk) {
    if (chunk->previous) chunk->previous->next = chunk->next;
    else head = chunk->next;
    if (chunk->next) chunk->next->previous = chunk->previous;
}

}  // namespace

// 0 when the result would exceed largest_mapping.
size_t Allocator::round_up_to_pages(size_t bytes) const {
    size_t page = source_.page_size;
    if (bytes > largest_mapping - (page - 1)) return 0;
    return align_up(bytes, page);
}

size_t Allocator::chunk_mapping_length() const { return round_up_to_pages(chunk_bytes); }

Allocator::Chunk *Allocator::new_chunk(unsigned size_class) {
    Chunk *chunk = empty_chunks_;
    if (chunk) {
        empty_chunks_ = chunk->next;
        --empty_chunk_count_;
    } else {
        chunk = static_cast<Chunk *>(source_.map(source_.context, chunk_mapping_length()));
        if (!chunk) return nullptr;
    }
    chunk->free_slots = nullptr;
    chunk->magic = chunk_magic;
    chunk->size_class = size_class;
    chunk->live_blocks = 0;
    chunk->carved_slots = 0;
    push_front(classes_[size_class].with_room, chunk);
    return chunk;
}

void Allocator::retire_chunk(Chunk *chunk) {
    unlink(classes_[chunk->size_class].with_room, chunk);
    if (empty_chunk_count_ < retained_empty_chunks) {
        chunk->next = empty_chunks_;
        empty_chunks_ = chunk;
        ++empty_chunk_count_;
    } else {
        source_.unmap(source_.context, chunk, chunk_mapping_length());
    }
}

void *Allocator::allocate_small(unsigned size_class) {
    Chunk *chunk = classes_[size_class].with_room;
    if (!chunk && !(chunk = new_chunk(size_class))) return nullptr;

    uintptr_t block;
    if (chunk->free_slots) {
        block = reinterpret_cast<uintptr_t>(chunk->free_slots);
        chunk->free_slots = chunk->free_slots->next;
    } else {
        block = first_block(chunk) + chunk->carved_slots++ * size_class_table.slot_size[size_class];
    }
    if (++chunk->live_blocks == size_class_table.slots_per_chunk[size_class])
        unlink(classes_[size_class].with_room, chunk);

    *header_of(reinterpret_cast<void *>(block)) = {reinterpret_cast<uintptr_t>(chunk), 0, BlockKind::small};
    return reinterpret_cast<void *>(block);
}

void Allocator::release_small(void *block) {
    BlockHeader *header = header_of(block);
    auto *chunk = reinterpret_cast<Chunk *>(header->word);
    header->kind = BlockKind::freed;
    auto *slot = static_cast<FreeSlot *>(block);
    slot->next = chunk->free_slots;
    chunk->free_slots = slot;
    if (chunk->live_blocks-- == size_class_table.slots_per_chunk[chunk->size_class])
        push_front(classes_[chunk->size_class].with_room, chunk);
    if (chunk->live_blocks == 0) retire_chunk(chunk);
}

void *Allocator::allocate_large(size_t size, size_t alignment) {
    const size_t page = source_.page_size;
    // Where the block sits in its mapping: after its header, or at the first aligned address
    // past it. An alignment above the page size cannot be planned, only found after mapping.
    size_t offset = alignment <= sizeof(BlockHeader) ? sizeof(BlockHeader) : alignment;
    if (offset > largest_mapping || size > largest_mapping - offset) return nullptr;
    size_t length = round_up_to_pages(offset + size);
    if (length == 0) return nullptr;
    auto mapping = reinterpret_cast<uintptr_t>(source_.map(source_.context, length));
    if (!mapping) return nullptr;

    if (alignment > page) {
        // Keep one page below the aligned block for its header, and the pages the block needs.
        uintptr_t block = align_up(mapping + sizeof(BlockHeader), alignment);
        uintptr_t start = block - page;
        uintptr_t end = block + round_up_to_pages(size);
        if (start > mapping) source_.unmap(source_.context, reinterpret_cast<void *>(mapping), start - mapping);
        if (mapping + length > end)
            source_.unmap(source_.context, reinterpret_cast<void *>(end), mapping + length - end);
        mapping = start;
        length = end - start;
        offset = page;
    }

    void *block = reinterpret_cast<void *>(mapping + offset);
    *header_of(block) = {length, static_cast<uint32_t>(offset), BlockKind::large};
    return block;
}

void *Allocator::allocate(size_t size) {
    if (size <= largest_small_request) return allocate_small(size_class_for(size));
    return allocate_large(size, sizeof(BlockHeader));
}

void *Allocator::allocate_zeroed(size_t count, size_t size) {
    size_t total;
    if (__builtin_mul_overflow(count, size, &total)) return nullptr;
    void *block = allocate(total);
    // A large block is a fresh mapping, already zero-filled by the source.
    if (block && header_of(block)->kind == BlockKind::small) __builtin_memset(block, 0, total);
    return block;
}

void *Allocator::allocate_aligned(size_t alignment, size_t size) {
    if (alignment <= sizeof(BlockHeader)) return allocate(size);
    if (alignment >= largest_small_request || size > largest_small_request - alignment)
        return allocate_large(size, alignment);

    // A small block with `alignment` bytes to spare holds an aligned block and its header.
    void *outer = allocate_small(size_class_for(size + alignment));
    if (!outer) return nullptr;
    auto start = reinterpret_cast<uintptr_t>(outer);
    if (is_aligned(start, alignment)) return outer;
    uintptr_t block = align_up(start + sizeof(BlockHeader), alignment);
    *header_of(reinterpret_cast<void *>(block)) = {block - start, 0, BlockKind::aligned};
    return reinterpret_cast<void *>(block);
}

void *Allocator::move(void *block, size_t size) {
    void *moved = allocate(size);
    if (!moved) return nullptr;
    size_t old_size = usable_size(block);
    __builtin_memcpy(moved, block, old_size < size ? old_size : size);
    release(block);
    return moved;
}

void *Allocator::resize_large(void *block, size_t size) {
    if (size <= largest_small_request) return move(block, size);
    BlockHeader *header = header_of(block);
    size_t offset = header->offset;
    size_t length = header->word;
    uintptr_t mapping = reinterpret_cast<uintptr_t>(block) - offset;
    if (size > largest_mapping - offset) return nullptr;
    size_t new_length = round_up_to_pages(offset + size);
    if (new_length == 0) return nullptr;

    if (new_length <= length) {
        if (new_length < length)
            source_.unmap(source_.context, reinterpret_cast<void *>(mapping + new_length), length - new_length);
        header->word = new_length;
        return block;
    }
    if (source_.remap) {
        void *moved = source_.remap(source_.context, reinterpret_cast<void *>(mapping), length, new_length);
        if (moved) {
            void *moved_block = static_cast<char *>(moved) + offset;
            header_of(moved_block)->word = new_length;
            return moved_block;
        }
    }
    return move(block, size);
}

void *Allocator::resize(void *block, size_t size) {
    BlockHeader *header = header_of(block);
    void *resized;
    if (header->kind == BlockKind::large) {
        resized = resize_large(block, size);
    } else if (header->kind == BlockKind::small && size <= largest_small_request &&
               size_class_for(size) == reinterpret_cast<Chunk *>(header->word)->size_class) {
        resized = block;
    } else {
        resized = move(block, size);
    }
    // Shrinking never fails: without memory for a smaller block, the old one still fits.
    if (!resized && size <= usable_size(block)) return block;
    return resized;
}

void Allocator::release(void *block) {
    BlockHeader *header = header_of(block);
    switch (header->kind) {
    case BlockKind::small: release_small(block); return;
    case BlockKind::large: {
        void *mapping = static_cast<char *>(block) - header->offset;
        source_.unmap(source_.context, mapping, header->word);
        return;
    }
    case BlockKind::aligned:
        header->kind = BlockKind::freed;
        release_small(static_cast<char *>(block) - header->word);
        return;
    case BlockKind::freed: return;
    }
}

bool Allocator::is_live(const void *block) const {
    auto address = reinterpret_cast<uintptr_t>(block);
    if (address < sizeof(BlockHeader) || !is_aligned(address, sizeof(BlockHeader))) return false;
    const BlockHeader *header = header_of(block);
    const size_t page = source_.page_size;
    switch (header->kind) {
    case BlockKind::small: {
        if (header->word == 0 || !is_aligned(header->word, page)) return false;
        auto *chunk = reinterpret_cast<const Chunk *>(header->word);
        if (chunk->magic != chunk_magic || chunk->size_class >= size_classes) return false;
        uintptr_t first = first_block(chunk);
        return address >= first &&
               address < first + chunk->carved_slots * size_class_table.slot_size[chunk->size_class];
    }
    case BlockKind::large:
        return header->offset >= sizeof(BlockHeader) && header->offset <= page &&
               is_aligned(address - header->offset, page) && is_aligned(header->word, page) &&
               header->word >= header->offset;
    case BlockKind::aligned: {
        if (header->word == 0 || header->word >= largest_small_request ||
            !is_aligned(header->word, sizeof(BlockHeader)))
            return false;
        const void *outer = reinterpret_cast<const void *>(address - header->word);
        return header_of(outer)->kind == BlockKind::small && is_live(outer);
    }
    case BlockKind::freed: return false;
    }
    return false;
}

size_t Allocator::usable_size(const void *block) const {
    const BlockHeader *header = header_of(block);
    switch (header->kind) {
    case BlockKind::small:
        return size_class_table.slot_size[reinterpret_cast<const Chunk *>(header->word)->size_class] -
               sizeof(BlockHeader);
    case BlockKind::large: return header->word - header->offset;
    case BlockKind::aligned:
        return usable_size(reinterpret_cast<const char *>(block) - header->word) - header->word;
    case BlockKind::freed: return 0;
    }
    return 0;
}

}  // namespace vrt

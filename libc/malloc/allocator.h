// The memory allocator behind malloc and operator new, free of any kernel call: it takes pages
// from an injected PageSource (the kernel's mmap in libc/malloc/malloc.cpp, a counting fake in the unit
// tests) and gives them back.
//
// Layout. Every block handed out is 16-aligned and has a 16-byte header just below it, whose
// last word is a magic number saying what the block is:
//
//   small    a slot in a 256 KiB chunk of same-sized slots; the header points at the chunk.
//   large    a mapping of its own; the header gives the mapping's length and where it starts.
//   aligned  a block placed inside a larger small block to meet an alignment above 16; the
//            header gives the distance back to that block.
//   freed    a small or aligned block that has been freed (a second free is then detected).
//
// Small blocks: requests up to largest_small_request bytes (65520) are rounded up to one of 43
// slot sizes (header included): 32 to 128 in steps of 16, then four steps per doubling up to
// 64 KiB, so rounding wastes at most a quarter. A chunk serves one slot size; its free slots
// form a list inside the chunk, and each slot size keeps a list of its chunks that have room.
// A chunk whose last block is freed leaves its list; up to retained_empty_chunks (4, 1 MiB) such
// chunks are kept for any slot size to reuse, the rest go back to the page source. Memory held
// is therefore bounded by what is live plus partly used chunks plus 1 MiB, however long the
// churn.
//
// Large blocks: anything above largest_small_request, and aligned requests that would not fit
// a small block, get a mapping of their own, unmapped as soon as they are freed; resizing one
// uses the source's remap when it has one. Alignments above the page size are met by mapping
// more and unmapping the unaligned head and the unused tail.
//
// No request is met whose mapping would exceed PTRDIFF_MAX bytes, so pointer differences inside
// a block are always defined.
//
// Not thread-safe: libvrt has no threads. The page source must hand out zero-filled,
// page-aligned memory, as anonymous mmap does: fresh large blocks are not cleared again.
#pragma once

#include <stddef.h>
#include <stdint.h>

namespace vrt {

struct PageSource {
    // `length` bytes, a multiple of page_size, page-aligned and zero-filled; nullptr when none.
    void *(*map)(void *context, size_t length);
    // Gives back [address, address + length), a page-aligned part of one earlier mapping.
    void (*unmap)(void *context, void *address, size_t length);
    // Optional (nullptr): resizes a whole mapping, moving it if need be; nullptr on failure,
    // with the old mapping left as it was.
    void *(*remap)(void *context, void *address, size_t old_length, size_t new_length);
    void *context;
    size_t page_size;  // a power of two
};

class Allocator {
public:
    static constexpr size_t chunk_bytes = 256 * 1024;
    static constexpr size_t largest_small_request = 65536 - 16;
    static constexpr unsigned retained_empty_chunks = 4;
    static constexpr unsigned size_classes = 43;

    // A constant-initialised allocator with no source yet: the global one in libc/malloc/malloc.cpp
    // exists before any constructor runs, and attaches its source on first use.
    constexpr Allocator() = default;
    explicit Allocator(const PageSource &source) { attach(source); }
    Allocator(const Allocator &) = delete;
    Allocator &operator=(const Allocator &) = delete;

    void attach(const PageSource &source) { source_ = source; }
    bool attached() const { return source_.map != nullptr; }

    // nullptr when the request cannot be met (the source refused memory, or the size overflows).
    void *allocate(size_t size);
    void *allocate_zeroed(size_t count, size_t size);
    void *allocate_aligned(size_t alignment, size_t size);  // alignment: a power of two

    // The block `block` resized to `size` bytes, content kept up to the smaller size; `block`
    // itself when it can stay. nullptr when memory runs out, and then `block` is untouched.
    void *resize(void *block, size_t size);

    // `block` must satisfy is_live().
    void release(void *block);

    // Whether `block` looks like a block this allocator handed out and that is not freed yet.
    // A header check: it catches stray and double frees cheaply, but is no proof.
    bool is_live(const void *block) const;

    size_t usable_size(const void *block) const;

    struct Chunk;  // a chunk's header: libc/malloc/allocator.cpp

private:
    struct SizeClass {
        Chunk *with_room;  // chunks of this slot size that have a free slot
    };

    void *allocate_small(unsigned size_class);
    void release_small(void *block);
    Chunk *new_chunk(unsigned size_class);
    void retire_chunk(Chunk *chunk);
    void *allocate_large(size_t size, size_t alignment);
    void *resize_large(void *block, size_t size);
    void *move(void *block, size_t size);
    size_t round_up_to_pages(size_t bytes) const;
    size_t chunk_mapping_length() const;

    PageSource source_{};
    SizeClass classes_[size_classes]{};
    Chunk *empty_chunks_ = nullptr;
    unsigned empty_chunk_count_ = 0;
};

}  // namespace vrt

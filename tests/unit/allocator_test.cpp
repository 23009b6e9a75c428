// vrt::Allocator over a fake page source that counts every page it hands out, checks every page
// it is given back, and can refuse: the allocator's bookkeeping is visible in those counts.
#include "libc/malloc/allocator.h"

#include <doctest/doctest.h>

#include <sys/mman.h>

#include <cstdint>
#include <cstring>
#include <random>
#include <set>
#include <vector>

namespace {

constexpr size_t chunk_size = vrt::Allocator::chunk_bytes;
constexpr size_t largest_small = vrt::Allocator::largest_small_request;

// Host mmap underneath, aligned to the page size it claims (which may exceed the host's), with
// every claimed page tracked so a bad unmap fails the test instead of passing silently.
struct FakePages {
    FakePages(size_t page, bool remap_available) : page_size(page), can_remap(remap_available) {}

    size_t page_size;
    bool can_remap;
    size_t limit = SIZE_MAX;  // mapped bytes beyond which map() refuses
    size_t mapped = 0;
    size_t peak = 0;
    int map_requests = 0;  // refused ones included
    int maps = 0;
    int unmaps = 0;
    int remaps = 0;
    bool bad_unmap = false;
    std::set<uintptr_t> pages;

    vrt::PageSource source() {
        auto map = [](void *self, size_t length) { return static_cast<FakePages *>(self)->map(length); };
        auto unmap = [](void *self, void *address, size_t length) {
            static_cast<FakePages *>(self)->unmap(address, length);
        };
        auto remap = [](void *self, void *address, size_t old_length, size_t new_length) {
            return static_cast<FakePages *>(self)->remap(address, old_length, new_length);
        };
        return {map, unmap, can_remap ? +remap : nullptr, this, page_size};
    }

    void *map(size_t length) {
        ++map_requests;
        if (length == 0 || length % page_size != 0) bad_unmap = true;
        if (length > limit - mapped) return nullptr;
        size_t reserve = length + page_size;
        void *raw = mmap(nullptr, reserve, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (raw == MAP_FAILED) return nullptr;
        auto start = reinterpret_cast<uintptr_t>(raw);
        uintptr_t aligned = (start + page_size - 1) & ~(page_size - 1);
        if (aligned > start) munmap(raw, aligned - start);
        if (start + reserve > aligned + length)
            munmap(reinterpret_cast<void *>(aligned + length), start + reserve - aligned - length);
        for (size_t i = 0; i < length; i += page_size) pages.insert(aligned + i);
        ++maps;
        mapped += length;
        if (mapped > peak) peak = mapped;
        return reinterpret_cast<void *>(aligned);
    }

    void unmap(void *address, size_t length) {
        auto start = reinterpret_cast<uintptr_t>(address);
        if (length == 0 || start % page_size != 0 || length % page_size != 0) bad_unmap = true;
        for (size_t i = 0; i < length; i += page_size)
            if (pages.erase(start + i) != 1) bad_unmap = true;
        munmap(address, length);
        ++unmaps;
        mapped -= length;
    }

    // Moves every time, so a caller that keeps using the old address is caught.
    void *remap(void *address, size_t old_length, size_t new_length) {
        void *moved = map(new_length);
        if (!moved) return nullptr;
        --maps;
        memcpy(moved, address, old_length < new_length ? old_length : new_length);
        unmap(address, old_length);
        --unmaps;
        ++remaps;
        return moved;
    }
};

void fill(void *block, size_t size, unsigned char seed) {
    auto *bytes = static_cast<unsigned char *>(block);
    for (size_t i = 0; i < size; ++i) bytes[i] = static_cast<unsigned char>(seed + i * 7);
}

bool holds(const void *block, size_t size, unsigned char seed) {
    auto *bytes = static_cast<const unsigned char *>(block);
    for (size_t i = 0; i < size; ++i)
        if (bytes[i] != static_cast<unsigned char>(seed + i * 7)) return false;
    return true;
}

bool aligned_to(const void *p, size_t alignment) { return reinterpret_cast<uintptr_t>(p) % alignment == 0; }

}  // namespace

TEST_CASE("every small size gets a 16-aligned block that wastes at most a quarter") {
    FakePages pages{4096, true};
    vrt::Allocator heap(pages.source());
    for (size_t size = 0; size <= largest_small; ++size) {
        void *p = heap.allocate(size);
        REQUIRE(p != nullptr);
        size_t usable = heap.usable_size(p);
        size_t waste_allowed = (size + 16) / 4 > 16 ? (size + 16) / 4 : 16;
        CHECK(aligned_to(p, 16));
        CHECK(usable >= size);
        CHECK(usable - size <= waste_allowed);
        heap.release(p);
    }
    CHECK(pages.mapped <= vrt::Allocator::retained_empty_chunks * chunk_size);
    CHECK_FALSE(pages.bad_unmap);
}

TEST_CASE("a freed small block is reused by the next request of its size class") {
    FakePages pages{4096, true};
    vrt::Allocator heap(pages.source());
    void *keep = heap.allocate(100);  // keeps the chunk in use
    void *p = heap.allocate(100);
    heap.release(p);
    CHECK(heap.allocate(100) == p);
    CHECK(pages.maps == 1);
    (void)keep;
}

TEST_CASE("distinct live blocks never overlap") {
    FakePages pages{4096, true};
    vrt::Allocator heap(pages.source());
    std::vector<std::pair<unsigned char *, size_t>> blocks;
    for (size_t i = 0; i < 3000; ++i) {
        size_t size = (i * 37) % 3000;
        auto *p = static_cast<unsigned char *>(heap.allocate(size));
        REQUIRE(p != nullptr);
        fill(p, size, static_cast<unsigned char>(i));
        blocks.emplace_back(p, size);
    }
    for (size_t i = 0; i < blocks.size(); ++i) CHECK(holds(blocks[i].first, blocks[i].second, static_cast<unsigned char>(i)));
}

TEST_CASE("emptied chunks beyond the retained four go back to the page source") {
    FakePages pages{4096, true};
    vrt::Allocator heap(pages.source());
    std::vector<void *> blocks;
    while (pages.maps < 10) blocks.push_back(heap.allocate(1000));
    CHECK(pages.mapped == 10 * chunk_size);
    for (void *p : blocks) heap.release(p);
    CHECK(pages.mapped == vrt::Allocator::retained_empty_chunks * chunk_size);
    CHECK(pages.unmaps == 10 - static_cast<int>(vrt::Allocator::retained_empty_chunks));

    // The retained chunks serve any size class before anything new is mapped.
    int maps_before = pages.maps;
    void *a = heap.allocate(16);
    void *b = heap.allocate(5000);
    CHECK(pages.maps == maps_before);
    heap.release(a);
    heap.release(b);
    CHECK_FALSE(pages.bad_unmap);
}

TEST_CASE("a large block has its own mapping, returned when it is freed") {
    for (size_t page : {4096u, 65536u}) {
        FakePages pages{page, true};
        vrt::Allocator heap(pages.source());
        void *p = heap.allocate(largest_small + 1);
        REQUIRE(p != nullptr);
        CHECK(pages.maps == 1);
        CHECK(pages.mapped == ((largest_small + 1 + 16 + page - 1) & ~(page - 1)));
        CHECK(heap.usable_size(p) >= largest_small + 1);
        void *q = heap.allocate(10 * 1024 * 1024 + 3);
        REQUIRE(q != nullptr);
        CHECK(aligned_to(q, 16));
        fill(q, 10 * 1024 * 1024 + 3, 9);
        heap.release(p);
        heap.release(q);
        CHECK(pages.mapped == 0);
        CHECK(pages.unmaps == 2);
        CHECK_FALSE(pages.bad_unmap);
    }
}

TEST_CASE("aligned requests of every power of two, below and above the page size") {
    for (size_t page : {4096u, 65536u}) {
        FakePages pages{page, true};
        vrt::Allocator heap(pages.source());
        struct Live {
            void *block;
            size_t size;
            unsigned char seed;
        };
        std::vector<Live> live;
        unsigned char seed = 0;
        for (size_t alignment = 1; alignment <= (size_t{1} << 22); alignment *= 2) {
            for (size_t size : {size_t{0}, size_t{1}, size_t{24}, size_t{1000}, size_t{4096}, largest_small - 100,
                                largest_small + 5000, size_t{300000}}) {
                void *p = heap.allocate_aligned(alignment, size);
                REQUIRE(p != nullptr);
                INFO("alignment " << alignment << ", size " << size << ", page " << page);
                CHECK(aligned_to(p, alignment));
                CHECK(aligned_to(p, 16));
                CHECK(heap.is_live(p));
                CHECK(heap.usable_size(p) >= size);
                fill(p, heap.usable_size(p), ++seed);
                live.push_back({p, heap.usable_size(p), seed});
            }
        }
        for (const Live &l : live) {
            CHECK(holds(l.block, l.size, l.seed));
            heap.release(l.block);
        }
        CHECK(pages.mapped <= vrt::Allocator::retained_empty_chunks * chunk_size);
        CHECK_FALSE(pages.bad_unmap);
    }
}

TEST_CASE("an over-aligned large block keeps only the pages it needs") {
    FakePages pages{4096, true};
    vrt::Allocator heap(pages.source());
    void *p = heap.allocate_aligned(1 << 20, 100000);
    CHECK(aligned_to(p, 1 << 20));
    // One page for the header, then the block's own pages: no trace of the 1 MiB of slack.
    CHECK(pages.mapped == 4096 + ((100000 + 4095) & ~size_t{4095}));
    heap.release(p);
    CHECK(pages.mapped == 0);
    CHECK_FALSE(pages.bad_unmap);
}

TEST_CASE("resizing keeps the content, across every kind of block") {
    for (bool can_remap : {true, false}) {
        FakePages pages{4096, can_remap};
        vrt::Allocator heap(pages.source());
        const size_t path[] = {10, 40, 40, 200, 3000, 2000, 60000, largest_small + 1, 200000, 1000000, 1100000,
                               150000, 70000, 5000, 1, 0, 100};
        void *p = heap.allocate(5);
        size_t size = 5;
        fill(p, size, 42);
        for (size_t next : path) {
            INFO("from " << size << " to " << next << (can_remap ? " with remap" : " without remap"));
            p = heap.resize(p, next);
            REQUIRE(p != nullptr);
            CHECK(heap.usable_size(p) >= next);
            CHECK(holds(p, size < next ? size : next, 42));
            fill(p, next, 42);
            size = next;
        }
        heap.release(p);
        CHECK(pages.mapped <= vrt::Allocator::retained_empty_chunks * chunk_size);
        CHECK_FALSE(pages.bad_unmap);
    }

    FakePages pages{4096, true};
    vrt::Allocator heap(pages.source());
    void *aligned = heap.allocate_aligned(256, 300);
    fill(aligned, 300, 3);
    void *grown = heap.resize(aligned, 5000);
    CHECK(holds(grown, 300, 3));
    CHECK_FALSE(heap.is_live(aligned));
    heap.release(grown);
}

TEST_CASE("growing a large block uses remap when the source has it") {
    FakePages pages{4096, true};
    vrt::Allocator heap(pages.source());
    void *p = heap.allocate(100000);
    fill(p, 100000, 5);
    void *q = heap.resize(p, 5000000);
    CHECK(pages.remaps == 1);
    CHECK(pages.maps == 1);
    CHECK(holds(q, 100000, 5));
    CHECK(heap.usable_size(q) >= 5000000);
    CHECK(pages.mapped == ((5000000 + 16 + 4095) & ~size_t{4095}));

    // Shrinking gives back the tail in place.
    void *r = heap.resize(q, 200000);
    CHECK(r == q);
    CHECK(pages.mapped == ((200000 + 16 + 4095) & ~size_t{4095}));
    CHECK(holds(r, 100000, 5));
    heap.release(r);
    CHECK(pages.mapped == 0);
    CHECK_FALSE(pages.bad_unmap);
}

TEST_CASE("resizing within a size class, or shrinking without memory, keeps the block") {
    FakePages pages{4096, true};
    vrt::Allocator heap(pages.source());
    void *p = heap.allocate(100);
    CHECK(heap.resize(p, heap.usable_size(p)) == p);
    CHECK(heap.resize(p, 97) == p);

    void *big = heap.allocate(1000);
    pages.limit = pages.mapped;  // nothing more to be had
    std::vector<void *> filler;
    while (void *f = heap.allocate(16)) filler.push_back(f);
    CHECK(heap.resize(big, 10) == big);  // the 32-byte class is full and nothing can be mapped
    CHECK(heap.resize(big, 2000) == nullptr);
    CHECK(heap.is_live(big));
}

TEST_CASE("zeroed allocation clears reused memory and refuses an overflowing count") {
    FakePages pages{4096, true};
    vrt::Allocator heap(pages.source());
    void *p = heap.allocate(500);
    memset(p, 0xff, 500);
    heap.release(p);
    auto *z = static_cast<unsigned char *>(heap.allocate_zeroed(50, 10));
    REQUIRE(z == p);
    bool all_zero = true;
    for (int i = 0; i < 500; ++i) all_zero = all_zero && z[i] == 0;
    CHECK(all_zero);

    int requests = pages.map_requests;
    CHECK(heap.allocate_zeroed(SIZE_MAX / 2 + 1, 2) == nullptr);
    CHECK(heap.allocate_zeroed(2, SIZE_MAX / 2 + 1) == nullptr);
    CHECK(heap.allocate_zeroed(SIZE_MAX, SIZE_MAX) == nullptr);
    CHECK(pages.map_requests == requests);
    void *empty = heap.allocate_zeroed(0, SIZE_MAX);
    CHECK(empty != nullptr);
    heap.release(empty);
}

TEST_CASE("when the source refuses, allocation fails cleanly and recovers") {
    FakePages pages{4096, true};
    pages.limit = 3 * chunk_size;
    vrt::Allocator heap(pages.source());
    std::vector<void *> blocks;
    while (void *p = heap.allocate(4000)) {
        fill(p, 4000, static_cast<unsigned char>(blocks.size()));
        blocks.push_back(p);
    }
    CHECK(pages.mapped == 3 * chunk_size);
    CHECK(blocks.size() > 100);
    CHECK(heap.allocate(largest_small + 1) == nullptr);
    CHECK(heap.allocate_aligned(1 << 20, 10) == nullptr);
    CHECK(heap.allocate(SIZE_MAX) == nullptr);
    CHECK(heap.allocate(SIZE_MAX - 4096) == nullptr);
    CHECK(heap.allocate_aligned(size_t{1} << (sizeof(size_t) * 8 - 1), 1) == nullptr);
    pages.limit = SIZE_MAX;
    // Never even asked of the source: with its header, each is above PTRDIFF_MAX.
    int requests = pages.map_requests;
    CHECK(heap.allocate(PTRDIFF_MAX - 15) == nullptr);
    CHECK(heap.allocate(SIZE_MAX / 2) == nullptr);
    CHECK(heap.allocate_aligned(1 << 20, PTRDIFF_MAX - (1 << 20) + 1) == nullptr);
    CHECK(pages.map_requests == requests);
    pages.limit = 3 * chunk_size;
    for (size_t i = 0; i < blocks.size(); ++i) {
        CHECK(holds(blocks[i], 4000, static_cast<unsigned char>(i)));
        heap.release(blocks[i]);
    }
    // The emptied chunks are retained, so the same blocks fit again with nothing new mapped.
    size_t count = blocks.size();
    blocks.clear();
    while (blocks.size() < count) {
        void *p = heap.allocate(4000);
        REQUIRE(p != nullptr);
        blocks.push_back(p);
    }
    CHECK(pages.maps == 3);
    for (void *p : blocks) heap.release(p);
    CHECK_FALSE(pages.bad_unmap);
}

TEST_CASE("stray, interior and double-freed pointers are not live") {
    FakePages pages{4096, true};
    vrt::Allocator heap(pages.source());
    alignas(16) unsigned char stack[64] = {};
    CHECK_FALSE(heap.is_live(stack + 32));
    CHECK_FALSE(heap.is_live(nullptr));

    auto *small = static_cast<char *>(heap.allocate(64));
    auto *large = static_cast<char *>(heap.allocate(largest_small + 1));
    auto *aligned = static_cast<char *>(heap.allocate_aligned(4096, 64));
    CHECK(heap.is_live(small));
    CHECK(heap.is_live(large));
    CHECK(heap.is_live(aligned));
    CHECK_FALSE(heap.is_live(small + 16));
    CHECK_FALSE(heap.is_live(small + 8));
    CHECK_FALSE(heap.is_live(large + 4096));
    CHECK_FALSE(heap.is_live(aligned + 16));

    void *keep = heap.allocate(64);  // keeps the chunk, so the freed block's header stays readable
    heap.release(small);
    CHECK_FALSE(heap.is_live(small));
    heap.release(aligned);
    CHECK_FALSE(heap.is_live(aligned));
    heap.release(keep);
    heap.release(large);
}

TEST_CASE("a churn of 100000 mixed-size allocations keeps the mapped bytes bounded") {
    for (size_t page : {4096u, 65536u}) {
        FakePages pages{page, true};
        vrt::Allocator heap(pages.source());
        std::mt19937 random(7);
        struct Live {
            void *block;
            size_t size;
            unsigned char seed;
        };
        std::vector<Live> live;
        size_t live_bytes = 0, peak_live_bytes = 0;
        bool contents_kept = true;
        for (int step = 0; step < 100000; ++step) {
            if (live.size() < 2000 && (live.empty() || random() % 2 == 0)) {
                size_t size;
                switch (random() % 16) {
                case 0: size = largest_small + random() % 300000; break;
                case 1:
                case 2: size = random() % largest_small; break;
                default: size = random() % 512; break;
                }
                void *p = random() % 8 == 0 ? heap.allocate_aligned(size_t{32} << (random() % 10), size)
                                            : heap.allocate(size);
                REQUIRE(p != nullptr);
                auto seed = static_cast<unsigned char>(step);
                fill(p, size < 64 ? size : 64, seed);
                live.push_back({p, size, seed});
                live_bytes += size;
            } else {
                size_t victim = random() % live.size();
                Live l = live[victim];
                contents_kept = contents_kept && holds(l.block, l.size < 64 ? l.size : 64, l.seed);
                heap.release(l.block);
                live_bytes -= l.size;
                live[victim] = live.back();
                live.pop_back();
            }
            if (live_bytes > peak_live_bytes) peak_live_bytes = live_bytes;
        }
        CHECK(contents_kept);
        INFO("page " << page << ": peak mapped " << pages.peak << " for peak live " << peak_live_bytes);
        // Fragmentation of a random churn is bounded: the peak stays within a small multiple of
        // the peak live bytes (plus one chunk per size class and the retained chunks).
        CHECK(pages.peak <= 3 * peak_live_bytes + (vrt::Allocator::size_classes + 4) * chunk_size);
        for (const Live &l : live) heap.release(l.block);
        CHECK(pages.mapped <= vrt::Allocator::retained_empty_chunks * chunk_size);
        CHECK_FALSE(pages.bad_unmap);
    }
}

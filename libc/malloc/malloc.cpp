// malloc and its family: the one vrt::Allocator (libc/malloc/allocator.cpp) of the process, over
// anonymous mmap, munmap and mremap.
#include <vrt/malloc.h>

#include <asm/errno.h>
#include <linux/mman.h>

#include "crt/fatal.h"
#include "crt/process.h"
#include "libc/malloc/allocator.h"
#include "libc/errno/errno_boundary.h"
#include "sys/kernel.h"
#include "sys/system_call.h"

namespace {

void *map_pages(void *, size_t length) {
    long address = vrt::kernel::mmap(nullptr, length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    return vrt::is_error(address) ? nullptr : reinterpret_cast<void *>(address);
}

// munmap of a range we mapped fails only when splitting a mapping would exceed the process's
// mapping limit; the pages then stay mapped, which costs memory but nothing else.
void unmap_pages(void *, void *address, size_t length) { vrt::kernel::munmap(address, length); }

void *remap_pages(void *, void *address, size_t old_length, size_t new_length) {
    long moved = vrt::kernel::mremap(address, old_length, new_length, MREMAP_MAYMOVE, nullptr);
    return vrt::is_error(moved) ? nullptr : reinterpret_cast<void *>(moved);
}

// Constant-initialised, so it works before any constructor has run; the page size comes from the
// auxiliary vector, so the page source is attached on first use.
constinit vrt::Allocator heap;

vrt::Allocator &ready_heap() {
    if (!heap.attached()) heap.attach({map_pages, unmap_pages, remap_pages, nullptr, vrt::page_size()});
    return heap;
}

// The heap, once `block` has been checked to be one of its live blocks.
vrt::Allocator &heap_holding(void *block, const char *complaint) {
    vrt::Allocator &h = ready_heap();
    if (!h.is_live(block)) vrt::fatal(complaint);
    return h;
}

void *out_of_memory_if_null(void *block) {
    if (!block) vrt::fail_with(ENOMEM);
    return block;
}

constexpr bool is_power_of_two(size_t n) { return n != 0 && (n & (n - 1)) == 0; }

}  // namespace

extern "C" {

void *malloc(size_t size) { return out_of_memory_if_null(ready_heap().allocate(size)); }

void free(void *block) {
    if (!block) return;
    heap_holding(block, "free() of a pointer that malloc did not return, or freed twice").release(block);
}

void *calloc(size_t count, size_t size) {
    return out_of_memory_if_null(ready_heap().allocate_zeroed(count, size));
}

void *realloc(void *block, size_t size) {
    if (!block) return malloc(size);
    vrt::Allocator &h = heap_holding(block, "realloc() of a pointer that malloc did not return, or freed");
    if (size == 0) {
        h.release(block);
        return nullptr;
    }
    return out_of_memory_if_null(h.resize(block, size));
}

void *reallocarray(void *block, size_t count, size_t size) {
    size_t total;
    if (__builtin_mul_overflow(count, size, &total)) {
        vrt::fail_with(ENOMEM);
        return nullptr;
    }
    return realloc(block, total);
}

void *aligned_alloc(size_t alignment, size_t size) {
    if (!is_power_of_two(alignment)) {
        vrt::fail_with(EINVAL);
        return nullptr;
    }
    return out_of_memory_if_null(ready_heap().allocate_aligned(alignment, size));
}

void *memalign(size_t alignment, size_t size) { return aligned_alloc(alignment, size); }

int posix_memalign(void **result, size_t alignment, size_t size) {
    if (!is_power_of_two(alignment) || alignment % sizeof(void *) != 0) return EINVAL;
    void *block = ready_heap().allocate_aligned(alignment, size);
    if (!block) return ENOMEM;
    *result = block;
    return 0;
}

size_t malloc_usable_size(void *block) {
    if (!block) return 0;
    return heap_holding(block, "malloc_usable_size() of a pointer that malloc did not return, or freed")
        .usable_size(block);
}

}

// Every replaceable form of operator new and delete (include/vrt/new.h), over malloc. libvrt
// builds with -fno-exceptions, so running out of memory in a throwing form is fatal rather than
// std::bad_alloc. Sized deletes ignore the size: free finds it in the block's header.
#include <vrt/malloc.h>
#include <vrt/new.h>

#include "crt/fatal.h"

const std::nothrow_t std::nothrow{};

namespace {

void *or_die(void *block) {
    if (!block) vrt::fatal("out of memory in operator new");
    return block;
}

void *aligned(size_t size, std::align_val_t alignment) {
    return aligned_alloc(static_cast<size_t>(alignment), size);
}

}  // namespace

void *operator new(size_t size) { return or_die(malloc(size)); }
void *operator new[](size_t size) { return or_die(malloc(size)); }
void *operator new(size_t size, std::align_val_t alignment) { return or_die(aligned(size, alignment)); }
void *operator new[](size_t size, std::align_val_t alignment) { return or_die(aligned(size, alignment)); }
void *operator new(size_t size, const std::nothrow_t &) noexcept { return malloc(size); }
void *operator new[](size_t size, const std::nothrow_t &) noexcept { return malloc(size); }
void *operator new(size_t size, std::align_val_t alignment, const std::nothrow_t &) noexcept {
    return aligned(size, alignment);
}
void *operator new[](size_t size, std::align_val_t alignment, const std::nothrow_t &) noexcept {
    return aligned(size, alignment);
}

void operator delete(void *block) noexcept { free(block); }
void operator delete[](void *block) noexcept { free(block); }
void operator delete(void *block, size_t) noexcept { free(block); }
void operator delete[](void *block, size_t) noexcept { free(block); }
void operator delete(void *block, std::align_val_t) noexcept { free(block); }
void operator delete[](void *block, std::align_val_t) noexcept { free(block); }
void operator delete(void *block, size_t, std::align_val_t) noexcept { free(block); }
void operator delete[](void *block, size_t, std::align_val_t) noexcept { free(block); }
void operator delete(void *block, const std::nothrow_t &) noexcept { free(block); }
void operator delete[](void *block, const std::nothrow_t &) noexcept { free(block); }
void operator delete(void *block, std::align_val_t, const std::nothrow_t &) noexcept { free(block); }
void operator delete[](void *block, std::align_val_t, const std::nothrow_t &) noexcept { free(block); }

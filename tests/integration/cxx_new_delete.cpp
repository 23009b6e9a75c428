// Every replaceable form of operator new and delete (plain, array, sized, aligned, nothrow, and
// their combinations), new-expressions that choose them (an over-aligned type takes the aligned
// forms), constructors and destructors run once each, and memory given back to delete is reused.
#include <stddef.h>
#include <vrt/new.h>

#include "self_check.h"

namespace {

int constructed, destroyed;

struct Counted {
    int value = 7;
    Counted() { ++constructed; }
    ~Counted() { ++destroyed; }
};

struct alignas(128) OverAligned {
    char bytes[200];
};

bool aligned_to(const void *p, size_t alignment) {
    return (reinterpret_cast<unsigned long>(p) & (alignment - 1)) == 0;
}

}  // namespace

int main() {
    Counted *one = new Counted;
    check(one && one->value == 7 && constructed == 1, "new T constructs one object");
    delete one;
    check(destroyed == 1, "delete destroys it");

    Counted *many = new Counted[10];
    check(constructed == 11 && many[9].value == 7, "new T[10] constructs ten");
    delete[] many;
    check(destroyed == 11, "delete[] destroys all ten");

    int *first = static_cast<int *>(opaque(new int(1)));
    delete first;
    int *again = static_cast<int *>(opaque(new int(2)));
    check(again == first, "the block delete gave back comes back for the same size");
    delete again;

    OverAligned *o = new OverAligned;
    check(aligned_to(o, 128), "new of an alignas(128) type is 128-byte aligned");
    delete o;
    OverAligned *oa = new OverAligned[3];
    check(aligned_to(oa, 128), "new[] of an alignas(128) type is 128-byte aligned");
    delete[] oa;

    const std::align_val_t a256 = static_cast<std::align_val_t>(256);
    void *p = operator new(100);
    check(p != nullptr, "operator new(size)");
    operator delete(p);
    p = operator new(100);
    operator delete(p, 100);
    check(true, "operator delete(p, size)");
    p = operator new[](100);
    check(p != nullptr, "operator new[](size)");
    operator delete[](p);
    p = operator new[](100);
    operator delete[](p, 100);
    check(true, "operator delete[](p, size)");
    p = operator new(100, a256);
    check(aligned_to(p, 256), "operator new(size, align_val_t(256)) is 256-byte aligned");
    operator delete(p, a256);
    p = operator new(100, a256);
    operator delete(p, 100, a256);
    p = operator new[](100, a256);
    check(aligned_to(p, 256), "operator new[](size, align_val_t(256)) is 256-byte aligned");
    operator delete[](p, a256);
    p = operator new[](100, a256);
    operator delete[](p, 100, a256);
    p = operator new(100, std::nothrow);
    check(p != nullptr, "operator new(size, nothrow)");
    operator delete(p, std::nothrow);
    p = operator new[](100, std::nothrow);
    check(p != nullptr, "operator new[](size, nothrow)");
    operator delete[](p, std::nothrow);
    p = operator new(100, a256, std::nothrow);
    check(aligned_to(p, 256), "operator new(size, align_val_t(256), nothrow) is aligned");
    operator delete(p, a256, std::nothrow);
    p = operator new[](100, a256, std::nothrow);
    check(aligned_to(p, 256), "operator new[](size, align_val_t(256), nothrow) is aligned");
    operator delete[](p, a256, std::nothrow);

    check(opaque(operator new(static_cast<size_t>(-1), std::nothrow)) == nullptr,
          "operator new(SIZE_MAX, nothrow) returns nullptr");
    check(opaque(operator new[](static_cast<size_t>(-1), std::nothrow)) == nullptr,
          "operator new[](SIZE_MAX, nothrow) returns nullptr");

    alignas(Counted) unsigned char storage[sizeof(Counted)];
    Counted *placed = new (storage) Counted;
    check(static_cast<void *>(placed) == storage && placed->value == 7, "placement new builds in place");
    placed->~Counted();
    return check_result();
}

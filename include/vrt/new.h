/* What <new> gives a C++ program, for programs that have no C++ standard library: the
 * std::align_val_t and std::nothrow_t types as the Itanium C++ ABI mangles them, and every form of
 * operator new and delete, which libvrt defines over malloc (crt/cxx_new.cpp). Built with
 * -fno-exceptions in mind: a throwing form that runs out of memory ends the process with
 * "libvrt: out of memory in operator new" instead of throwing std::bad_alloc; there is no
 * new_handler. The nothrow forms return nullptr. */
#ifndef VRT_NEW_H
#define VRT_NEW_H

#ifndef __cplusplus
#error "vrt/new.h is for C++"
#endif

#include <stddef.h>

namespace std {
enum class align_val_t : size_t {};
struct nothrow_t {
    explicit nothrow_t() = default;
};
extern const nothrow_t nothrow;
}  // namespace std

void *operator new(size_t size);
void *operator new[](size_t size);
void *operator new(size_t size, std::align_val_t alignment);
void *operator new[](size_t size, std::align_val_t alignment);
void *operator new(size_t size, const std::nothrow_t &) noexcept;
void *operator new[](size_t size, const std::nothrow_t &) noexcept;
void *operator new(size_t size, std::align_val_t alignment, const std::nothrow_t &) noexcept;
void *operator new[](size_t size, std::align_val_t alignment, const std::nothrow_t &) noexcept;

void operator delete(void *block) noexcept;
void operator delete[](void *block) noexcept;
void operator delete(void *block, size_t size) noexcept;
void operator delete[](void *block, size_t size) noexcept;
void operator delete(void *block, std::align_val_t alignment) noexcept;
void operator delete[](void *block, std::align_val_t alignment) noexcept;
void operator delete(void *block, size_t size, std::align_val_t alignment) noexcept;
void operator delete[](void *block, size_t size, std::align_val_t alignment) noexcept;
void operator delete(void *block, const std::nothrow_t &) noexcept;
void operator delete[](void *block, const std::nothrow_t &) noexcept;
void operator delete(void *block, std::align_val_t alignment, const std::nothrow_t &) noexcept;
void operator delete[](void *block, std::align_val_t alignment, const std::nothrow_t &) noexcept;

/* Placement new: constructs an object in storage the caller provides. */
[[nodiscard]] inline void *operator new(size_t, void *place) noexcept { return place; }
[[nodiscard]] inline void *operator new[](size_t, void *place) noexcept { return place; }
inline void operator delete(void *, void *) noexcept {}
inline void operator delete[](void *, void *) noexcept {}

#endif

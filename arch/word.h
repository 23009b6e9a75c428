// How any argument becomes one register-sized word, as the system call and the vDSO entry code
// of every arch pass it (man 2 syscall: each argument in one register; 64-bit values on 32-bit
// arches are split by the callers in sys/kernel.h).
#pragma once

namespace vrt {

template <class T>
inline long to_word(T value) { return static_cast<long>(value); }
template <class T>
inline long to_word(T *pointer) { return reinterpret_cast<long>(pointer); }
inline long to_word(decltype(nullptr)) { return 0; }

}  // namespace vrt

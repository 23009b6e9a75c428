// What a vtable slot of a pure virtual (or deleted) function calls (Itanium C++ ABI 3.2.6).
// GCC refers to __cxa_pure_virtual weakly, which does not pull an archive member in, so the
// start code keeps a reference to it (crt/start.cpp): otherwise the call would jump to address 0.
#include "crt/fatal.h"

extern "C" {
[[noreturn]] void __cxa_pure_virtual(void) { vrt::fatal("pure virtual function called"); }
[[noreturn]] void __cxa_deleted_virtual(void) { vrt::fatal("deleted virtual function called"); }
}

// The pieces of the Itanium C++ ABI that compiled C++ calls without libstdc++ (built with
// -fno-exceptions -fno-rtti): function-local statics. Pure virtual calls are in
// crt/pure_virtual.cpp, allocation in crt/cxx_new.cpp, static destructors go through
// __cxa_atexit in crt/exit_handlers.cpp.
#include "crt/fatal.h"

// Itanium C++ ABI 3.3.2: the guard's first byte is non-zero once the object is initialised.
// libvrt has no threads, so the second byte marks "initialisation in progress" only to catch a
// recursive initialisation, which the standard makes undefined and we make fatal.
extern "C" {

int __cxa_guard_acquire(unsigned char *guard) {
    if (guard[0]) return 0;
    if (guard[1]) vrt::fatal("recursive initialisation of a function-local static");
    guard[1] = 1;
    return 1;
}

void __cxa_guard_release(unsigned char *guard) {
    guard[0] = 1;
    guard[1] = 0;
}

void __cxa_guard_abort(unsigned char *guard) { guard[1] = 0; }
}

// The list behind atexit(3) and __cxa_atexit (Itanium C++ ABI 3.3.6): handlers run in reverse
// order of registration at exit(). The first registration stores the function that runs them in
// vrt::run_exit_handlers, which exit() calls when it is set: a program that registers nothing
// links none of crt/exit_handlers.cpp, and exit() needs no weak reference (which would cost a
// GOT entry in every program) to find out.
#pragma once

namespace vrt {
extern void (*run_exit_handlers)(void);  // null until a handler is registered
}

// The list behind atexit(3) and __cxa_atexit (Itanium C++ ABI 3.3.6): handlers run in reverse
// order of registration at exit(). The first registration stores the function that runs them in
// vrt::run_exit_handlers, which exit() calls when it is set: a program that registers nothing
// links none of crt/exit_handlers.cpp, and exit() needs no weak reference (which would cost a
// GOT entry in every program) to find out.
#pragma once

namespace vrt {
extern void (*run_exit_handlers)(void);  // null until a handler is registered

// The same for stdio: set by libc/stdio/standard_streams.cpp when a program links streams, and
// called by exit() after the handlers and .fini_array (C11 7.22.4.4p4: streams are flushed
// after the atexit functions; glibc runs .fini_array among those). _exit does not call it.
extern void (*flush_streams_at_exit)(void);
}

// exit(3) and _exit(2).
#include "crt/exit_handlers.h"
#include "sys/kernel.h"

void (*vrt::run_exit_handlers)(void);

extern "C" {

extern void (*const __fini_array_start[])(void) __attribute__((visibility("hidden")));
extern void (*const __fini_array_end[])(void) __attribute__((visibility("hidden")));

[[noreturn]] void _exit(int status) { vrt::kernel::exit_group(status); }
[[noreturn]] void _Exit(int status) __attribute__((alias("_exit")));

// atexit and __cxa_atexit handlers newest first (C++ static destructors among them), then
// .fini_array from its end (the order the linker and GCC's crtstuff assume), then the kernel.
[[noreturn]] void exit(int status) {
    if (vrt::run_exit_handlers) vrt::run_exit_handlers();
    for (auto f = __fini_array_end; f != __fini_array_start;) (*--f)();
    vrt::kernel::exit_group(status);
}

}

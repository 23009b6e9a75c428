// The compiler's -fstack-protector support. On x86 the canary lives in the TCB (crt/thread.cpp);
// targets whose GCC reads a global guard use __stack_chk_guard, which the start code seeds too.
#include "crt/fatal.h"

extern "C" {

// __stack_chk_guard, the global canary, is in crt/start.cpp, which seeds it.

[[noreturn]] void __stack_chk_fail(void) { vrt::fatal("stack smashing detected"); }

// i386 PIC code calls this local alias (normally in libc_nonshared.a).
[[noreturn]] void __stack_chk_fail_local(void) { vrt::fatal("stack smashing detected"); }
}

#include "syscall_arch.h"
#include <vrt/vdso.h>

extern "C" const char *vrt_syscall_entry(void) { return vrt::arch::syscall_entry_name(); }

// The generic start routine. arch/<arch>/start.S jumps here with the initial stack pointer;
// see crt/initial_stack.h for what it points at. Built without the stack protector (the
// canary does not exist until setup_main_thread has run) and free of global accesses until
// the static-pie relocations are applied.
#include "crt/elf_native.h"
#include "crt/initial_stack.h"
#include "crt/process.h"
#include "crt/relocate.h"
#include "crt/thread.h"
#include "reloc_arch.h"
#include "sys/kernel.h"
#include "syscall_arch.h"

extern "C" {
int main(int, char **, char **);
[[noreturn]] void exit(int);
extern char **environ;

// Linker-defined (hidden) in static and static-pie links alike.
extern void (*const __preinit_array_start[])(int, char **, char **) __attribute__((visibility("hidden")));
extern void (*const __preinit_array_end[])(int, char **, char **) __attribute__((visibility("hidden")));
extern void (*const __init_array_start[])(int, char **, char **) __attribute__((visibility("hidden")));
extern void (*const __init_array_end[])(int, char **, char **) __attribute__((visibility("hidden")));

// Defined by vdso/ when a program links a vDSO-backed function: startup resolves its symbols
// before any constructor can call it. A weak reference, so other programs carry none of it.
void __vrt_vdso_init(const vrt::AuxEntry *auxv) __attribute__((weak, visibility("hidden")));
}

namespace vrt {

Process process = {nullptr, 4096};

namespace {

// Applies the static-pie relocations, if this is a static-pie executable. The load bias is
// where _DYNAMIC really is minus where the program headers say it was linked.
uintptr_t relocate_self(const ElfPhdr *phdrs, size_t phnum) {
    const auto *dynamic = static_cast<const ElfWord *>(arch::dynamic_section());
    if (!dynamic) return 0;
    for (size_t i = 0; i < phnum; ++i) {
        if (phdrs[i].p_type != PT_DYNAMIC) continue;
        uintptr_t bias = reinterpret_cast<uintptr_t>(dynamic) - phdrs[i].p_vaddr;
        RelocationCount n = apply_relative_relocations<ElfWord>(bias, dynamic, arch::relative_relocation);
        if (n.unsupported) {
            static const char message[] = "libvrt: static-pie executable has relocations other than RELATIVE\n";
            kernel::write(2, message, sizeof message - 1);
            kernel::exit_group(127);
        }
        return bias;
    }
    return 0;
}

// AT_RANDOM points at 16 random bytes. The canary's lowest byte is zeroed, as glibc does, so a
// string overflow cannot reproduce it.
uintptr_t canary_from(uintptr_t at_random) {
    uintptr_t canary = 0;
    if (at_random) {
        const unsigned char *bytes = reinterpret_cast<const unsigned char *>(at_random);
        for (size_t i = 0; i < sizeof canary; ++i) canary |= static_cast<uintptr_t>(bytes[i]) << (8 * i);
    }
    return canary & ~static_cast<uintptr_t>(0xff);
}

void run_array(void (*const *begin)(int, char **, char **), void (*const *end)(int, char **, char **),
               int argc, char **argv, char **envp) {
    for (auto f = begin; f != end; ++f) (*f)(argc, argv, envp);
}

}  // namespace
}  // namespace vrt

extern "C" uintptr_t __stack_chk_guard __attribute__((weak, visibility("hidden")));

// Keeps crt/pure_virtual.cpp in every link: GCC's vtables refer to it only weakly. With
// --gc-sections this pointer is dropped again, and the handler stays only where a vtable uses it.
extern "C" [[noreturn]] void __cxa_pure_virtual(void);
[[gnu::used]] static void (*const keep_pure_virtual)(void) = __cxa_pure_virtual;

extern "C" [[noreturn]] void __vrt_start_c(uintptr_t *sp) {
    using namespace vrt;
    InitialStack stack = read_initial_stack(sp);
    StartupAux aux = read_startup_aux(stack.auxv);
    if (!aux.phdr) aux.phnum = 0;  // no program headers passed: no TLS image, nothing to relocate
    const ElfPhdr *phdrs = reinterpret_cast<const ElfPhdr *>(aux.phdr);
    uintptr_t bias = relocate_self(phdrs, aux.phnum);

    // From here on globals are safe.
    environ = stack.envp;
    process.auxv = stack.auxv;
    if (aux.page_size) process.page_size = aux.page_size;
    if (aux.sysinfo) arch::select_syscall_entry(aux.sysinfo);

    uintptr_t canary = canary_from(aux.random);
    if (&__stack_chk_guard) __stack_chk_guard = canary;
    if (is_error(setup_main_thread(phdrs, aux.phnum, bias, canary))) {
        static const char message[] = "libvrt: cannot set up the thread pointer\n";
        kernel::write(2, message, sizeof message - 1);
        kernel::exit_group(127);
    }
    if (__vrt_vdso_init) __vrt_vdso_init(stack.auxv);

    run_array(__preinit_array_start, __preinit_array_end, stack.argc, stack.argv, stack.envp);
    run_array(__init_array_start, __init_array_end, stack.argc, stack.argv, stack.envp);
    exit(main(stack.argc, stack.argv, stack.envp));
}

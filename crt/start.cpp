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
#include "vdso/startup.h"

extern "C" {
int main(int, char **, char **);
[[noreturn]] void exit(int);
extern char **environ;

// Linker-defined (hidden) in static and static-pie links alike.
extern void (*const __preinit_array_start[])(int, char **, char **) __attribute__((visibility("hidden")));
extern void (*const __preinit_array_end[])(int, char **, char **) __attribute__((visibility("hidden")));
extern void (*const __init_array_start[])(int, char **, char **) __attribute__((visibility("hidden")));
extern void (*const __init_array_end[])(int, char **, char **) __attribute__((visibility("hidden")));
}

namespace vrt {

// Zero-initialised (in .bss, not .data: a hello world then has no .data section at all), and
// filled in before anything else reads it.
Process process;

namespace {

// Takes string literals, not named char arrays: the compiler aligns arrays of 32 bytes or more
// to 32, at the cost of padding in a hello world's few hundred bytes of .rodata. Safe before
// relocation: it reads no global.
[[noreturn, gnu::noinline]] void startup_failed(const char *message) {
    size_t length = 0;
    while (message[length]) ++length;
    kernel::write(2, message, length);
    kernel::exit_group(127);
}

// Applies the static-pie relocations, if this is a static-pie executable. The load bias is
// where _DYNAMIC really is minus where the program headers say it was linked.
uintptr_t relocate_self(const ElfPhdr *phdrs, size_t phnum) {
    const auto *dynamic = static_cast<const ElfWord *>(arch::dynamic_section());
    if (!dynamic) return 0;
    for (size_t i = 0; i < phnum; ++i) {
        if (phdrs[i].p_type != PT_DYNAMIC) continue;
        uintptr_t bias = reinterpret_cast<uintptr_t>(dynamic) - phdrs[i].p_vaddr;
        constexpr unsigned form =
            arch::relocations_have_addends ? relocation_form::rela : relocation_form::rel;
        RelocationCount n =
            apply_relative_relocations<ElfWord, form>(bias, dynamic, arch::relative_relocation);
        if (n.unsupported) startup_failed("libvrt: a static-pie relocation is not RELATIVE\n");
        return bias;
    }
    return 0;
}

// AT_RANDOM points at 16 random bytes. The canary's first byte in memory is zeroed, as glibc
// does, so that a string overflow, which stops at a NUL, cannot reproduce it: the low byte on a
// little-endian target, the high byte on a big-endian one (s390x).
uintptr_t canary_from(uintptr_t at_random) {
    uintptr_t canary = 0;
    // The bytes may be unaligned; __builtin_memcpy loads them as the target allows, inline.
    if (at_random) __builtin_memcpy(&canary, reinterpret_cast<const void *>(at_random), sizeof canary);
    constexpr uintptr_t first_byte = __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
                                         ? uintptr_t(0xff)
                                         : uintptr_t(0xff) << (8 * (sizeof(uintptr_t) - 1));
    return canary & ~first_byte;
}

void run_array(void (*const *begin)(int, char **, char **), void (*const *end)(int, char **, char **),
               int argc, char **argv, char **envp) {
    for (auto f = begin; f != end; ++f) (*f)(argc, argv, envp);
}

}  // namespace
}  // namespace vrt

// The canary of targets whose compiler reads a global guard (-mstack-protector-guard=global, and
// the default on aarch64, arm, riscv64 and MIPS: arch/<arch>/thread_arch.h). Defined here, not
// beside __stack_chk_fail, so that seeding it needs no weak reference (a GOT entry in every
// program) and links nothing more.
extern "C" __attribute__((visibility("default"))) uintptr_t __stack_chk_guard;
uintptr_t __stack_chk_guard;

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
    process.page_size = aux.page_size ? aux.page_size : 4096;  // Linux always passes AT_PAGESZ
    if (aux.sysinfo) arch::select_syscall_entry(aux.sysinfo);

    uintptr_t canary = canary_from(aux.random);
    __stack_chk_guard = canary;
    if (is_error(setup_main_thread(phdrs, aux.phnum, bias, canary)))
        startup_failed("libvrt: cannot set up the thread pointer\n");
    // The vDSO reader, when the program uses it, before .preinit_array and every constructor.
    vdso::read_at_startup(stack.auxv);
    run_array(__preinit_array_start, __preinit_array_end, stack.argc, stack.argv, stack.envp);
    run_array(__init_array_start, __init_array_end, stack.argc, stack.argv, stack.envp);
    exit(main(stack.argc, stack.argv, stack.envp));
}

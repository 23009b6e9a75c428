// The main (and only) thread's TLS area: thread pointer, TCB, the executable's TLS image, and
// the stack-protector canary.
#include "crt/thread.h"

#include <linux/mman.h>

#include "crt/elf_native.h"
#include "crt/tls_layout.h"
#include "sys/kernel.h"
#include "sys/c_strings.h"
#include "thread_arch.h"

namespace vrt {

namespace {

constexpr TlsArch this_arch = {arch::tls_block_below_thread_pointer, arch::tcb_size,
                               arch::tcb_above_thread_pointer, arch::tls_block_bias};

// Enough for the TCB and a few hundred bytes of program TLS without a system call.
constexpr size_t static_area_align = 64;
alignas(static_area_align) unsigned char static_area[1024];

void copy_bytes(unsigned char *to, const unsigned char *from, size_t n) {
    for (size_t i = 0; i < n; ++i) to[i] = from[i];
}

}  // namespace

long setup_main_thread(const ElfPhdr *phdrs, size_t phnum, uintptr_t load_bias, uintptr_t canary) {
    const ElfPhdr *tls = nullptr;
    for (size_t i = 0; i < phnum; ++i)
        if (phdrs[i].p_type == PT_TLS) tls = &phdrs[i];
    size_t memsz = tls ? tls->p_memsz : 0;
    size_t align = tls && tls->p_align ? tls->p_align : 1;
    TlsLayout layout = tls_layout(this_arch, memsz, align);

    unsigned char *area = static_area;
    if (layout.area_size > sizeof static_area || layout.area_align > static_area_align) {
        size_t length = layout.area_size + layout.area_align;
        long r = kernel::mmap(nullptr, length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (is_error(r)) return r;
        // Fresh anonymous memory is zero, as .tbss must be.
        area = reinterpret_cast<unsigned char *>(round_up(static_cast<uintptr_t>(r), layout.area_align));
    }
    if (tls)
        copy_bytes(area + layout.block_offset,
                   reinterpret_cast<const unsigned char *>(load_bias + tls->p_vaddr), tls->p_filesz);
    void *tp = area + layout.tp_offset;
    arch::init_tcb(tp, canary);
    return arch::set_thread_pointer(tp);
}

}  // namespace vrt

// How the start code hands AT_SYSINFO_EHDR to the vDSO reader, as a call, without linking the
// reader into programs that never call a vDSO-backed function.
//
// vdso/read_at_startup.cpp, which is linked only into such programs, puts a pointer to its
// reader into the section vrt_vdso_reader. The start code calls whatever that section holds:
// one reader, or none. GNU ld defines __start_<section> and __stop_<section> for a section whose
// name is a C identifier, and keeps that section under --gc-sections while they are referenced
// (ld manual, "Input Section Example" and --gc-sections); the empty section below, emitted by
// every object that includes this header, crt/start.cpp among them, makes the pair exist even
// when no reader is linked. Unlike a weak reference, this costs no GOT entry.
#pragma once

#include <stddef.h>
#include <stdint.h>

namespace vrt::vdso {

// sysinfo_ehdr is AT_SYSINFO_EHDR's value, 0 when the kernel passed none; page_size is
// AT_PAGESZ's: the kernel maps at least one page of the vDSO.
using StartupReader = void (*)(uintptr_t sysinfo_ehdr, size_t page_size);

}  // namespace vrt::vdso

extern "C" {
extern const vrt::vdso::StartupReader __start_vrt_vdso_reader[] __attribute__((visibility("hidden")));
extern const vrt::vdso::StartupReader __stop_vrt_vdso_reader[] __attribute__((visibility("hidden")));
}

// Writable, as .preinit_array is: a static-pie start relocates the pointer in it.
asm(".section vrt_vdso_reader,\"aw\"\n\t.previous");

namespace vrt::vdso {

inline void read_at_startup(uintptr_t sysinfo_ehdr, size_t page_size) {
    for (const StartupReader *reader = __start_vrt_vdso_reader; reader != __stop_vrt_vdso_reader; ++reader)
        (*reader)(sysinfo_ehdr, page_size);
}

}  // namespace vrt::vdso

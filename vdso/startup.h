// How the start code hands the auxiliary vector to the vDSO reader, as a call, without linking
// the reader into programs that never call a vDSO-backed function.
//
// vdso/read_at_startup.cpp, which is linked only into such programs, puts a pointer to its
// reader into the section vrt_vdso_reader. The start code calls the reader when the section
// holds one: it holds that one pointer or nothing. GNU ld defines __start_<section> and
// __stop_<section> for a section whose name is a C identifier, and keeps that section under
// --gc-sections while they are referenced (ld manual, "Input Section Example" and
// --gc-sections); the empty section below, emitted by every object that includes this header,
// crt/start.cpp among them, makes the pair exist even when no reader is linked. Unlike a weak
// reference, this costs no GOT entry; the test and the call cost a hello world 32 bytes and 4
// instructions.
#pragma once

#include "sys/aux_vector.h"

namespace vrt::vdso {

// auxv is the process's auxiliary vector, where the reader finds AT_SYSINFO_EHDR and AT_PAGESZ.
using StartupReader = void (*)(const AuxEntry *auxv);

}  // namespace vrt::vdso

extern "C" {
extern const vrt::vdso::StartupReader __start_vrt_vdso_reader[] __attribute__((visibility("hidden")));
extern const vrt::vdso::StartupReader __stop_vrt_vdso_reader[] __attribute__((visibility("hidden")));
}

// Writable, as .preinit_array is: a static-pie start relocates the pointer in it. Aligned as
// the pointer it may hold: the start code loads __start_vrt_vdso_reader[0] with an addressing
// mode that needs that alignment even when the section is empty (AArch64's scaled LDR offset,
// PowerPC64's DS-form TOC16_LO_DS: ld rejects a symbol that is not a multiple of 8, or of 4).
asm(".section vrt_vdso_reader,\"aw\"\n\t.balign 8\n\t.previous");

namespace vrt::vdso {

inline void read_at_startup(const AuxEntry *auxv) {
    if (&__start_vrt_vdso_reader[0] != &__stop_vrt_vdso_reader[0]) __start_vrt_vdso_reader[0](auxv);
}

}  // namespace vrt::vdso

#include "vdso/live.h"

#include "crt/initial_stack.h"
#include "crt/process.h"
#include "vdso_arch.h"
#include "vrt/vdso.h"

namespace vrt::vdso {

Live live = {{}, "the vDSO was not read: startup did not run", {}};

namespace {

// AT_SYSINFO_EHDR (include/uapi/linux/auxvec.h reserves 33 for it on every arch).
constexpr uintptr_t at_sysinfo_ehdr = 33;

const void *lookup(const char *name) {
    return name ? find_symbol(live.image, name, arch::vdso_names.version) : nullptr;
}

// No vDSO (AT_SYSINFO_EHDR absent or 0: qemu-user before 8.1, vdso=0, valgrind) or an unusable
// one leaves every function pointer null: every call then goes to the kernel.
void read_vdso(int, char **, char **) {
    uintptr_t ehdr = 0;
    if (!vrt::find_aux(vrt::process.auxv, at_sysinfo_ehdr, &ehdr) || !ehdr) {
        live.error = "the kernel passed no vDSO (no AT_SYSINFO_EHDR)";
        return;
    }
    // The kernel maps at least one page of the vDSO; its headers tell how much more there is.
    const void *base = reinterpret_cast<const void *>(ehdr);
    size_t size = mapped_extent(base, vrt::page_size());
    Error e = parse_native(base, size, live.image, vrt::arch::vdso_machine);
    if (e != Error::none) {
        live.image = Image{};
        live.error = error_message(e);
        return;
    }
    live.error = nullptr;
    const vrt::VdsoNames &names = vrt::arch::vdso_names;
    Functions &f = live.functions;
    f.clock_gettime = lookup(names.clock_gettime);
    if (names.clock_gettime_requires && !lookup(names.clock_gettime_requires)) f.clock_gettime = nullptr;
    f.clock_getres = lookup(names.clock_getres);
    f.gettimeofday = lookup(names.gettimeofday);
    f.time = lookup(names.time);
    f.getcpu = lookup(names.getcpu);
    f.getrandom = lookup(names.getrandom);
}

// Startup runs .preinit_array before any constructor (System V gABI, "Initialization and
// Termination Functions"), after it has set up the process (crt/start.cpp). This entry is linked
// only with this file, i.e. only into programs that use a vDSO-backed function. A program's own
// .preinit_array functions that precede it in link order see no vDSO yet: their time calls are
// served by the system call.
[[gnu::used, gnu::section(".preinit_array")]] void (*const read_vdso_at_startup)(int, char **, char **) = read_vdso;

}  // namespace
}  // namespace vrt::vdso

extern "C" {

const void *vrt_vdso_base(void) { return vrt::vdso::live.error ? nullptr : vrt::vdso::live.image.base; }
size_t vrt_vdso_size(void) { return vrt::vdso::live.error ? 0 : vrt::vdso::live.image.size; }
const char *vrt_vdso_error(void) { return vrt::vdso::live.error; }

void *vrt_vdso_sym(const char *name, const char *version) {
    if (!name) return nullptr;
    return vrt::vdso::find_symbol(vrt::vdso::live.image, name, version);
}

size_t vrt_vdso_symbol_count(void) { return vrt::vdso::symbol_count(vrt::vdso::live.image); }

int vrt_vdso_symbol_at(size_t index, struct vrt_vdso_symbol *out) {
    vrt::vdso::Symbol s;
    if (!out || !vrt::vdso::symbol_at(vrt::vdso::live.image, index, s)) return 0;
    *out = {s.name, s.version, s.address, s.type, s.binding, s.defined};
    return 1;
}

}

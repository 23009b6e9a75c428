// Reading the process's vDSO at startup: the start code calls read() through vdso/startup.h
// with the auxiliary vector, after it has set up the process and before .preinit_array and the
// constructors, so that every one of them already finds the vDSO.
#include "arch/vdso_names.h"
#include "vdso/resolved.h"
#include "vdso/startup.h"
#include "vdso_arch.h"

namespace vrt::vdso {

ResolvedVdso resolved = {{}, "the vDSO was not read: startup did not run", {}, 4096};

namespace {

const void *lookup(const char *name) {
    return name ? find_symbol(resolved.image, name, arch::vdso_names.version) : nullptr;
}

// No vDSO (AT_SYSINFO_EHDR absent or 0: qemu-user before 8.1, vdso=0, valgrind) or an unusable
// one leaves every function pointer null: every call then goes to the kernel.
void read(const AuxEntry *auxv) {
    uintptr_t sysinfo_ehdr = 0, page_size = 4096;  // Linux always passes AT_PAGESZ
    find_aux(auxv, AT_PAGESZ, &page_size);
    resolved.page_size = page_size;
    if (!find_aux(auxv, AT_SYSINFO_EHDR, &sysinfo_ehdr) || !sysinfo_ehdr) {
        resolved.error = "the kernel passed no vDSO (no AT_SYSINFO_EHDR)";
        return;
    }
    // The kernel maps at least one page of the vDSO; its headers tell how much more there is.
    const void *base = reinterpret_cast<const void *>(sysinfo_ehdr);
    Error e = parse_native(base, mapped_extent(base, page_size), resolved.image, arch::vdso_machine);
    if (e != Error::none) {
        resolved.image = Image{};
        resolved.error = error_message(e);
        return;
    }
    resolved.error = nullptr;
    const VdsoNames &names = arch::vdso_names;
    Functions &f = resolved.functions;
    f.clock_gettime = lookup(names.clock_gettime);
    if (names.clock_gettime_requires && !lookup(names.clock_gettime_requires)) f.clock_gettime = nullptr;
    f.clock_getres = lookup(names.clock_getres);
    f.gettimeofday = lookup(names.gettimeofday);
    f.time = lookup(names.time);
    f.getcpu = lookup(names.getcpu);
    f.getrandom = lookup(names.getrandom);
}

[[gnu::used, gnu::section("vrt_vdso_reader")]] StartupReader read_entry = read;

}  // namespace
}  // namespace vrt::vdso

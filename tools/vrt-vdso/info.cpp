// `vrt-vdso info`: what the vDSO is and what libvrt found in it.
#include <linux/elf.h>
#include <vrt/stdio.h>
#include <vrt/vdso.h>

#include "commands.h"
#include "getrandom_checks.h"
#include "output.h"
#include "system_files.h"

namespace {

const char *machine_name(unsigned machine) {
    switch (machine) {
        case EM_386: return "i386";
        case EM_X86_64: return "x86-64";
        case EM_AARCH64: return "AArch64";
        case EM_ARM: return "ARM";
        case EM_RISCV: return "RISC-V";
        case EM_PPC64: return "PowerPC64";
        case EM_PPC: return "PowerPC";
        case EM_S390: return "S/390";
        case EM_MIPS: return "MIPS";
        default: return "unknown";
    }
}

const char *type_name(unsigned char type) {
    switch (type) {
        case STT_NOTYPE: return "NOTYPE";
        case STT_OBJECT: return "OBJECT";
        case STT_FUNC: return "FUNC";
        case STT_SECTION: return "SECTION";
        case STT_FILE: return "FILE";
        default: return "OTHER";
    }
}

const char *binding_name(unsigned char binding) {
    switch (binding) {
        case STB_LOCAL: return "LOCAL";
        case STB_GLOBAL: return "GLOBAL";
        case STB_WEAK: return "WEAK";
        default: return "OTHER";
    }
}

const char *hash_tables(const vrt_vdso_image &image) {
    bool gnu = image.gnu_hash, sysv = image.sysv_hash;
    return gnu && sysv ? "GNU and SysV" : gnu ? "GNU only" : sysv ? "SysV only" : "none";
}

void print_json(const vrt_vdso_image &image, const char *where,
                const Options &options) {
    out.print("{\"source\": ");
    out.json_string(where);
    out.print(", \"present\": %s", image.base ? "true" : "false");
    if (!image.base) {
        out.print(", \"reason\": ");
        out.json_string(vrt_vdso_error() ? vrt_vdso_error() : "unreadable image");
    } else {
        out.print(", \"address\": \"%p\", \"size\": %zu, \"class\": %d, \"machine\": ", image.base,
                  image.size, image.elf_class);
        out.json_string(machine_name(image.machine));
        out.print(", \"gnu_hash\": %s, \"sysv_hash\": %s, \"versioned\": %s, \"symbols\": [",
                  image.gnu_hash ? "true" : "false", image.sysv_hash ? "true" : "false",
                  image.versioned ? "true" : "false");
        bool first = true;
        for (size_t i = 0, n = vrt_vdso_image_symbol_count(&image); i < n; ++i) {
            vrt_vdso_symbol s;
            if (!vrt_vdso_image_symbol_at(&image, i, &s) || !s.name[0]) continue;
            out.print("%s{\"name\": ", first ? "" : ", ");
            out.json_string(s.name);
            out.print(", \"version\": ");
            if (s.version) out.json_string(s.version); else out.print("null");
            out.print(", \"type\": \"%s\", \"binding\": \"%s\", \"defined\": %s}", type_name(s.type),
                      binding_name(s.binding), s.defined ? "true" : "false");
            first = false;
        }
        out.print("]");
    }
    if (!options.file) {
        out.print(", \"syscall_entry\": ");
        out.json_string(vrt_syscall_entry());
        out.print(", \"vsyscall\": ");
        out.json_string(vsyscall_mode());
        out.print(", \"clocksource\": ");
        if (const char *cs = current_clocksource()) out.json_string(cs); else out.print("null");
        ClockProbe probe = probe_clock_gettime();
        out.print(", \"clock_gettime_enters_kernel\": %s", probe == ClockProbe::user_space ? "false"
                                                          : probe == ClockProbe::kernel ? "true" : "null");
        out.print(", \"libvrt_uses\": {");
        vrt_vdso_use use;
        for (size_t i = 0; vrt_vdso_use_at(i, &use); ++i) {
            out.print("%s\"%s\": ", i ? ", " : "", use.function);
            if (use.address) out.json_string(use.symbol); else out.print("null");
        }
        out.print("}, ");
        print_getrandom_json();
    }
    out.print("}\n");
}

void print_text(const vrt_vdso_image &image, const char *where,
                const Options &options) {
    if (!image.base) {
        out.print("vDSO: none (%s)\n", vrt_vdso_error() ? vrt_vdso_error() : "unreadable image");
        out.print("  every time function goes to the kernel through the system call\n");
    } else {
        out.print("vDSO: %s at %p, %zu bytes, ELF%d %s\n", where, image.base, image.size, image.elf_class,
                  machine_name(image.machine));
        out.print("  hash tables: %s; version tables: %s\n", hash_tables(image), image.versioned ? "yes" : "no");
        out.print("\nsymbols:\n");
        for (size_t i = 0, n = vrt_vdso_image_symbol_count(&image); i < n; ++i) {
            vrt_vdso_symbol s;
            if (!vrt_vdso_image_symbol_at(&image, i, &s) || !s.name[0]) continue;
            out.print("  %-28s %-14s %-7s %-6s%s\n", s.name, s.version ? s.version : "-", type_name(s.type),
                      binding_name(s.binding), s.defined ? "" : " undefined");
        }
    }
    if (options.file) return;
    out.print("\nlibvrt uses:\n");
    vrt_vdso_use use;
    for (size_t i = 0; vrt_vdso_use_at(i, &use); ++i) {
        if (use.address)
            out.print("  %-14s %s@%s\n", use.function, use.symbol, use.version);
        else if (!image.base || !use.symbol)
            out.print("  %-14s the system call\n", use.function);
        else
            out.print("  %-14s the system call (no %s in this vDSO)\n", use.function, use.symbol);
    }
    print_getrandom_text();
    out.print("\nsystem:\n  syscall entry: %s\n  vsyscall page: %s\n", vrt_syscall_entry(), vsyscall_mode());
    const char *clocksource = current_clocksource();
    out.print("  clocksource: %s\n", clocksource ? clocksource : "unknown (no sysfs)");
    ClockProbe probe = probe_clock_gettime();
    if (probe == ClockProbe::kernel)
        out.print("  warning: the vDSO cannot read this clocksource: every clock_gettime call enters the "
                  "kernel\n");
    else if (probe == ClockProbe::user_space)
        out.print("  clock_gettime(CLOCK_MONOTONIC) is served in user space (checked under seccomp)\n");
    else if (image.base)
        out.print("  could not check whether clock_gettime enters the kernel (seccomp unavailable)\n");
}

}  // namespace

int run_info(const Options &options) {
    vrt_vdso_image image;
    const char *where = "mapped";
    static unsigned char file_image[1 << 20] __attribute__((aligned(16)));
    if (options.file) {
        long size = load_file(options.file, file_image, sizeof file_image);
        if (size < 0) {
            dprintf(2, "vrt-vdso: cannot read %s\n", options.file);
            return 2;
        }
        if (const char *error = vrt_vdso_image_read(file_image, static_cast<size_t>(size), &image)) {
            dprintf(2, "vrt-vdso: %s: not a usable vDSO image: %s\n", options.file, error);
            return 1;
        }
        where = options.file;
    } else {
        vrt_vdso_process_image(&image);
    }
    if (options.json) print_json(image, where, options);
    else print_text(image, where, options);
    return 0;
}

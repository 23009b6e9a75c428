// `vrt-vdso info`: what the vDSO is and what libvrt found in it.
#include <linux/elf.h>
#include <vrt/stdio.h>
#include <vrt/vdso.h>

#include "commands.h"
#include "getrandom_checks.h"
#include "output.h"
#include "system_files.h"
#include "vdso/image.h"
#include "vdso/live.h"
#include "vdso_arch.h"

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

const char *hash_tables(const vrt::vdso::Image &image) {
    bool gnu = vrt::vdso::has_gnu_hash(image), sysv = vrt::vdso::has_sysv_hash(image);
    return gnu && sysv ? "GNU and SysV" : gnu ? "GNU only" : sysv ? "SysV only" : "none";
}

struct Used {
    const char *function;
    const char *symbol;
    const void *resolved;
};

void print_json(const vrt::vdso::Image &image, const char *where, const Used *used, size_t used_count,
                const Options &options) {
    out.print("{\"source\": ");
    out.json_string(where);
    out.print(", \"present\": %s", image.base ? "true" : "false");
    if (!image.base) {
        out.print(", \"reason\": ");
        out.json_string(vrt_vdso_error() ? vrt_vdso_error() : "unreadable image");
    } else {
        out.print(", \"address\": \"%p\", \"size\": %zu, \"class\": %d, \"machine\": ", image.base,
                  image.size, image.elf_class == ELFCLASS64 ? 64 : 32);
        out.json_string(machine_name(image.machine));
        out.print(", \"gnu_hash\": %s, \"sysv_hash\": %s, \"versioned\": %s, \"symbols\": [",
                  vrt::vdso::has_gnu_hash(image) ? "true" : "false",
                  vrt::vdso::has_sysv_hash(image) ? "true" : "false", image.verdef ? "true" : "false");
        bool first = true;
        for (size_t i = 0, n = vrt::vdso::symbol_count(image); i < n; ++i) {
            vrt::vdso::Symbol s;
            if (!vrt::vdso::symbol_at(image, i, s) || !s.name[0]) continue;
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
        for (size_t i = 0; i < used_count; ++i) {
            out.print("%s\"%s\": ", i ? ", " : "", used[i].function);
            if (used[i].resolved) out.json_string(used[i].symbol); else out.print("null");
        }
        out.print("}, ");
        print_getrandom_json();
    }
    out.print("}\n");
}

void print_text(const vrt::vdso::Image &image, const char *where, const Used *used, size_t used_count,
                const Options &options) {
    if (!image.base) {
        out.print("vDSO: none (%s)\n", vrt_vdso_error() ? vrt_vdso_error() : "unreadable image");
        out.print("  every time function goes to the kernel through the system call\n");
    } else {
        out.print("vDSO: %s at %p, %zu bytes, ELF%d %s\n", where, image.base, image.size,
                  image.elf_class == ELFCLASS64 ? 64 : 32, machine_name(image.machine));
        out.print("  hash tables: %s; version tables: %s\n", hash_tables(image), image.verdef ? "yes" : "no");
        out.print("\nsymbols:\n");
        for (size_t i = 0, n = vrt::vdso::symbol_count(image); i < n; ++i) {
            vrt::vdso::Symbol s;
            if (!vrt::vdso::symbol_at(image, i, s) || !s.name[0]) continue;
            out.print("  %-28s %-14s %-7s %-6s%s\n", s.name, s.version ? s.version : "-", type_name(s.type),
                      binding_name(s.binding), s.defined ? "" : " undefined");
        }
    }
    if (options.file) return;
    out.print("\nlibvrt uses:\n");
    for (size_t i = 0; i < used_count; ++i) {
        if (used[i].resolved)
            out.print("  %-14s %s@%s\n", used[i].function, used[i].symbol, vrt::arch::vdso_names.version);
        else if (!image.base || !used[i].symbol)
            out.print("  %-14s the system call\n", used[i].function);
        else
            out.print("  %-14s the system call (no %s in this vDSO)\n", used[i].function, used[i].symbol);
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
    vrt::vdso::Image image;
    const char *where = "mapped";
    static unsigned char file_image[1 << 20] __attribute__((aligned(16)));
    if (options.file) {
        long size = load_file(options.file, file_image, sizeof file_image);
        if (size < 0) {
            dprintf(2, "vrt-vdso: cannot read %s\n", options.file);
            return 2;
        }
        vrt::vdso::Error e = vrt::vdso::parse(file_image, static_cast<size_t>(size), image);
        if (e != vrt::vdso::Error::none) {
            dprintf(2, "vrt-vdso: %s: not a usable vDSO image: %s\n", options.file, vrt::vdso::error_message(e));
            return 1;
        }
        where = options.file;
    } else {
        image = vrt::vdso::live.image;
    }
    const vrt::VdsoNames &names = vrt::arch::vdso_names;
    const vrt::vdso::Functions &f = vrt::vdso::live.functions;
    // Where C long is 32 bits, gettimeofday and time read the time64 clock_gettime (their own
    // vDSO entries return 32-bit seconds); time uses the coarse clock where there is no vDSO time.
    constexpr bool long64 = sizeof(long) == 8;
    bool own_time = long64 && f.time;
    Used used[] = {
        {"clock_gettime", names.clock_gettime, f.clock_gettime},
        {"clock_getres", names.clock_getres, f.clock_getres},
        {"gettimeofday", long64 ? names.gettimeofday : names.clock_gettime,
         long64 ? f.gettimeofday : f.clock_gettime},
        {"time", own_time ? names.time : names.clock_gettime, own_time ? f.time : f.clock_gettime},
        {"getcpu", names.getcpu, f.getcpu},
        {"getrandom", names.getrandom, f.getrandom},
    };
    if (options.json) print_json(image, where, used, sizeof used / sizeof used[0], options);
    else print_text(image, where, used, sizeof used / sizeof used[0], options);
    return 0;
}

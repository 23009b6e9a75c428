// vrt-vdso: inspect, measure and test the vDSO of the running kernel, with no libc in the way.
#include <vrt/stdio.h>
#include <vrt/string.h>

#include "commands.h"
#include "output.h"

namespace {

void usage() {
    dprintf(2,
            "usage: vrt-vdso [info] [--json] [--file IMAGE]   describe the vDSO (or an image file)\n"
            "       vrt-vdso bench [--json] [--samples N]      ns per call: vDSO, libvrt, system call\n"
            "       vrt-vdso dump FILE                         write the live vDSO image to FILE\n"
            "       vrt-vdso verify [-d SECONDS] [-v] [--json] the vDSO against the syscall, alternated\n"
            "       vrt-vdso abi [-v] [--json]                 bad clock ids and pointers, in children\n"
            "       vrt-vdso syscalls [--json]                 which calls reach the kernel (seccomp)\n"
            "       vrt-vdso timens [--json]                   vDSO vs syscall in a time namespace (root)\n"
            "       vrt-vdso vsyscall [--json]                 x86_64's vsyscall page beside vDSO and syscall\n"
            "       vrt-vdso selftest                          the checks catch broken fakes\n"
            "exit status: 0 all held, 1 a check failed, 2 usage or system error, 77 could not test\n");
}

long parse_number(const char *s) {
    long n = 0;
    if (!s || !*s) return -1;
    for (; *s; ++s) {
        if (*s < '0' || *s > '9' || n > 100000000) return -1;
        n = n * 10 + (*s - '0');
    }
    return n;
}

// "2", "0.5", "1.25": seconds with up to 9 decimals, as nanoseconds; -1 when malformed.
long long parse_seconds(const char *s) {
    long long whole = 0, fraction = 0, scale = 1000000000LL;
    if (!s || !*s) return -1;
    for (; *s && *s != '.'; ++s) {
        if (*s < '0' || *s > '9' || whole > 86400) return -1;
        whole = whole * 10 + (*s - '0');
    }
    if (*s == '.')
        for (++s; *s; ++s) {
            if (*s < '0' || *s > '9' || scale == 1) return -1;
            scale /= 10;
            fraction += (*s - '0') * scale;
        }
    return whole * 1000000000LL + fraction;
}

}  // namespace

// C linkage spelled out: under -ffreestanding clang does not treat main as special and would
// mangle it, and the start code calls the C symbol.
extern "C" int main(int argc, char **argv) {
    const char *command = "info";
    int first = 1;
    if (argc > 1 && argv[1][0] != '-') {
        command = argv[1];
        first = 2;
    }
    Options options;
    for (int i = first; i < argc; ++i) {
        const char *a = argv[i];
        if (!strcmp(a, "--json")) options.json = true;
        else if (!strcmp(a, "-v") || !strcmp(a, "--verbose")) options.verbose = true;
        else if (!strcmp(a, "--file") && i + 1 < argc) options.file = argv[++i];
        else if (!strcmp(a, "-d") && i + 1 < argc) {
            long long ns = parse_seconds(argv[++i]);
            if (ns <= 0) { dprintf(2, "vrt-vdso: -d wants seconds, e.g. 2 or 0.5\n"); return 2; }
            options.duration_ns = ns;
        }
        else if (!strcmp(a, "--samples") && i + 1 < argc) {
            long n = parse_number(argv[++i]);
            if (n < 1 || n > 100000) { dprintf(2, "vrt-vdso: --samples wants 1..100000\n"); return 2; }
            options.samples = static_cast<int>(n);
        } else if (!strcmp(command, "dump") && !options.output && a[0] != '-') options.output = a;
        else if (!strcmp(a, "-h") || !strcmp(a, "--help")) { usage(); return 0; }
        else { dprintf(2, "vrt-vdso: unknown argument '%s'\n", a); usage(); return 2; }
    }
    int status;
    if (!strcmp(command, "info")) status = run_info(options);
    else if (!strcmp(command, "bench")) status = run_bench(options);
    else if (!strcmp(command, "dump")) status = run_dump(options);
    else if (!strcmp(command, "verify")) status = run_verify(options);
    else if (!strcmp(command, "abi")) status = run_abi(options);
    else if (!strcmp(command, "syscalls")) status = run_syscalls(options);
    else if (!strcmp(command, "timens")) status = run_timens(options);
    else if (!strcmp(command, "vsyscall")) status = run_vsyscall(options);
    else if (!strcmp(command, "selftest")) status = run_selftest(options);
    else { dprintf(2, "vrt-vdso: unknown command '%s'\n", command); usage(); return 2; }
    out.flush();
    return status;
}

// getrandom through the three paths: the vDSO function alone (vrt_vdso_getrandom), the system
// call alone (vrt_sys_getrandom) and libvrt's getrandom, each returning bytes or -errno.
#include "getrandom_checks.h"

#include <asm/errno.h>
#include <asm/mman.h>
#include <asm/unistd.h>
#include <linux/seccomp.h>
#include <vrt/errno.h>
#include <vrt/mman.h>
#include <vrt/random.h>
#include <vrt/signal.h>
#include <vrt/stdio.h>
#include <vrt/string.h>
#include <vrt/unistd.h>
#include <vrt/vdso.h>
#include <vrt/wait.h>

#include "child.h"
#include "output.h"
#include "paths.h"
#include "seccomp_filter.h"

namespace {

long libvrt_getrandom(void *buf, size_t n, unsigned flags) {
    long r = getrandom(buf, n, flags);
    return r < 0 ? -errno : r;
}

long draw(Path path, void *buf, size_t n, unsigned flags) {
    switch (path) {
        case via_vdso: return vrt_vdso_getrandom(buf, n, flags);
        case via_syscall: return vrt_sys_getrandom(buf, n, flags);
        default: return libvrt_getrandom(buf, n, flags);
    }
}

bool vdso_has_getrandom() {
    unsigned char b[4];
    return vrt_vdso_getrandom(b, sizeof b, 0) != -ENOSYS;
}

// MAP_DROPPABLE (include/uapi/linux/mman.h, Linux 6.11): newer than the UAPI headers we build
// against. MAP_ANONYMOUS differs per arch (asm/mman.h gives this arch's).
constexpr unsigned map_droppable = 0x08;

void describe_flags(char *buf, size_t size, unsigned prot, unsigned flags) {
    snprintf(buf, size, "prot %s%s%s(0x%x), flags %s%s%s%s(0x%x)", prot & PROT_READ ? "READ " : "",
             prot & PROT_WRITE ? "WRITE " : "", prot & PROT_EXEC ? "EXEC " : "", prot,
             flags & MAP_SHARED ? "SHARED " : "", flags & MAP_PRIVATE ? "PRIVATE " : "",
             flags & map_droppable ? "DROPPABLE " : "", flags & MAP_ANONYMOUS ? "ANONYMOUS " : "", flags);
}

// The chi-square statistic of byte counts against a uniform spread, in thousandths.
long long chi_square_milli(const unsigned long *counts, unsigned long total) {
    long long sum = 0;
    for (int i = 0; i < 256; ++i) {
        long long d = static_cast<long long>(counts[i]) * 256 - static_cast<long long>(total);
        sum += d * d;
    }
    return sum * 1000 / (static_cast<long long>(total) * 256);
}

}  // namespace

void print_getrandom_text() {
    vrt_vdso_random_state r;
    vrt_vdso_getrandom_state(&r);
    if (!r.address) {
        const char *why = !r.symbol ? "no vDSO on this arch has it" : vrt_vdso_base() ? "not in this vDSO" : "no vDSO";
        out.print("\ngetrandom: the system call (%s)\n", why);
        return;
    }
    out.print("\ngetrandom: %s@%s\n", r.symbol, r.version);
    if (!r.state) {
        out.print("  the vDSO gave no usable state parameters, or the state could not be mapped: "
                  "libvrt uses the system call\n");
        return;
    }
    char flags[128];
    describe_flags(flags, sizeof flags, r.mmap_prot, r.mmap_flags);
    out.print("  opaque state: %u bytes, mapped with %s, at %p\n", r.size, flags, r.state);
}

void print_getrandom_json() {
    out.print("\"getrandom\": ");
    vrt_vdso_random_state r;
    vrt_vdso_getrandom_state(&r);
    if (!r.address) {
        out.print("null");
        return;
    }
    out.print("{\"symbol\": ");
    out.json_string(r.symbol);
    if (!r.state) {
        out.print(", \"state\": null}");
        return;
    }
    out.print(", \"state_size\": %u, \"mmap_prot\": %u, \"mmap_flags\": %u}", r.size, r.mmap_prot, r.mmap_flags);
}

// --- verify

namespace {

// No two draws of 16 bytes equal, across the vDSO and libvrt paths.
void distinct_draws(Report &report) {
    Check &c = report.add("getrandom", "distinct");
    enum { draws = 1000, size = 16 };
    static unsigned char seen[2 * draws][size];
    int n = 0;
    const Path paths[] = {via_vdso, via_libvrt};
    for (Path path : paths) {
        if (path == via_vdso && !vdso_has_getrandom()) continue;
        for (int i = 0; i < draws; ++i) {
            ++c.cases;
            if (draw(path, seen[n], size, 0) != size) {
                if (c.failures++ == 0) snprintf(c.note, sizeof c.note, "a %s draw failed", path_names[path]);
                continue;
            }
            for (int j = 0; j < n; ++j)
                if (!memcmp(seen[j], seen[n], size) && c.failures++ == 0)
                    snprintf(c.note, sizeof c.note, "draw %d repeats draw %d", n, j);
            ++n;
        }
    }
    if (!c.failures) snprintf(c.note, sizeof c.note, "%d draws of %d bytes", n, static_cast<int>(size));
}

// A fork child's first bytes differ from its parent's next ones: the state the child inherits
// was wiped (MAP_DROPPABLE), so it reseeds instead of repeating the parent's buffered bytes.
void fork_child_differs(Report &report) {
    Check &c = report.add("getrandom", "fork");
    unsigned char *shared = static_cast<unsigned char *>(shared_page());
    if (!shared) {
        c.skipped = "no shared page";
        return;
    }
    for (int round = 0; round < 16; ++round) {
        unsigned char warm[16], mine[64];
        libvrt_getrandom(warm, sizeof warm, 0);
        pid_t pid = fork();
        if (pid == 0) _exit(libvrt_getrandom(shared, 64, 0) == 64 ? 0 : 1);
        int status = -1;
        waitpid(pid, &status, 0);
        libvrt_getrandom(mine, sizeof mine, 0);
        ++c.cases;
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || !memcmp(mine, shared, sizeof mine)) {
            if (c.failures++ == 0)
                snprintf(c.note, sizeof c.note, "round %d: the child %s", round,
                         memcmp(mine, shared, sizeof mine) ? "could not draw" : "drew its parent's bytes");
        }
    }
    munmap(shared, 4096);
    if (!c.failures) snprintf(c.note, sizeof c.note, "16 children, each different from its parent");
}

// Byte frequencies over 4 MiB: chi-square with 255 degrees of freedom below 377.08, which a
// uniform source exceeds once in a million runs (p = 10^-6).
void byte_frequencies(Report &report, Path path) {
    char api[48];
    snprintf(api, sizeof api, "getrandom-%s", path_names[path]);
    Check &c = report.add(api, "byte-frequencies");
    if (path == via_vdso && !vdso_has_getrandom()) {
        c.skipped = "not in this vDSO";
        return;
    }
    static unsigned char block[65536];
    unsigned long counts[256] = {};
    unsigned long total = 0;
    for (int i = 0; i < 80; ++i) {
        // 4 MiB in 64 KiB draws, and odd sizes between them, so that both the vDSO's buffered
        // batch and its whole blocks contribute.
        size_t n = i % 5 == 0 ? 4 + static_cast<size_t>(i) * 97 : sizeof block;
        long got = draw(path, block, n, 0);
        ++c.cases;
        if (got != static_cast<long>(n)) {
            if (c.failures++ == 0) snprintf(c.note, sizeof c.note, "a draw of %zu bytes gave %ld", n, got);
            continue;
        }
        for (size_t k = 0; k < n; ++k) ++counts[block[k]];
        total += n;
    }
    long long chi = chi_square_milli(counts, total);
    ++c.cases;
    if (chi >= 377078) ++c.failures;
    snprintf(c.note, sizeof c.note, "%lu bytes, chi-square %lld.%03lld (threshold 377.078)", total, chi / 1000,
             chi % 1000);
}

}  // namespace

void run_getrandom_verify_checks(Report &report) {
    distinct_draws(report);
    fork_child_differs(report);
    byte_frequencies(report, via_vdso);
    byte_frequencies(report, via_libvrt);
}

// --- abi

namespace {

struct Call {
    Path path;
    void *buffer;
    size_t length;
    unsigned flags;
};

long call_in_child(void *context) {
    const Call &k = *static_cast<const Call *>(context);
    return draw(k.path, k.buffer, k.length, k.flags);
}

const char *describe(const Outcome &o, char *buffer, int size) {
    if (!o.ran) snprintf(buffer, size, "no child");
    else if (o.signal == SIGSEGV) snprintf(buffer, size, "SIGSEGV");
    else if (o.signal == SIGBUS) snprintf(buffer, size, "SIGBUS");
    else if (o.signal) snprintf(buffer, size, "signal %d", o.signal);
    else if (o.value == -EFAULT) snprintf(buffer, size, "EFAULT");
    else if (o.value == -EINVAL) snprintf(buffer, size, "EINVAL");
    else snprintf(buffer, size, "%ld", o.value);
    return buffer;
}

// Every flag set, the GRND_RANDOM | GRND_INSECURE pair the system call rejects among them:
// libvrt must answer as the system call does. The vDSO alone may serve that pair (it checks
// only for unknown bits), which is reported, not failed.
void flags_against_syscall(Report &report) {
    static const unsigned flag_sets[] = {0, 1, 2, 3, 4, 5, 6, 7, 8, 0x10, 0x4000, 0x80000000u, 0xffffffffu};
    static unsigned char buffer[32];
    const Path paths[] = {via_libvrt, via_vdso};
    for (Path path : paths) {
        char api[48];
        snprintf(api, sizeof api, "getrandom-%s", path_names[path]);
        Check &c = report.add(api, "flags");
        if (path == via_vdso && !vdso_has_getrandom()) {
            c.skipped = "not in this vDSO";
            continue;
        }
        char served[64] = "";
        for (unsigned flags : flag_sets) {
            static const size_t lengths[] = {32, 0};
            for (size_t length : lengths) {
                Call sys = {via_syscall, buffer, length, flags}, mine = {path, buffer, length, flags};
                Outcome s = run_in_child(call_in_child, &sys), o = run_in_child(call_in_child, &mine);
                ++c.cases;
                bool same = s.ran && o.ran && s.signal == o.signal && s.value == o.value;
                bool vdso_serves_pair = path == via_vdso && (flags & 6) == 6 && !(flags & ~7u) && !o.signal &&
                                        o.value == static_cast<long>(length) && s.value == -EINVAL;
                if (vdso_serves_pair) {
                    snprintf(served, sizeof served, "; serves RANDOM|INSECURE, which the syscall rejects");
                    continue;
                }
                if (!same && c.failures++ == 0) {
                    char a[32], b[32];
                    snprintf(c.note, sizeof c.note, "flags 0x%x length %zu: %s, the system call %s", flags, length,
                             describe(o, a, sizeof a), describe(s, b, sizeof b));
                }
            }
        }
        if (!c.failures) snprintf(c.note, sizeof c.note, "as the system call%s", served);
    }
}

// Bad buffers of 16 bytes: the system call says EFAULT; libvrt says EFAULT for NULL (checked
// before the vDSO) and otherwise EFAULT, SIGSEGV or SIGBUS (undefined: the vDSO writes through
// the pointer); the vDSO alone the same, NULL included.
void bad_pointers(Report &report) {
    char *none = static_cast<char *>(mmap(nullptr, 4096, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0));
    char *read_only = static_cast<char *>(mmap(nullptr, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0));
    struct {
        const char *name;
        void *address;
    } const pointers[] = {
        {"null", nullptr},
        {"all-ones", reinterpret_cast<void *>(~0UL)},
        {"prot-none", none == MAP_FAILED ? nullptr : none},
        {"read-only", read_only == MAP_FAILED ? nullptr : read_only},
    };
    for (const auto &ptr : pointers) {
        if (!ptr.address && ptr.name[0] != 'n') continue;
        for (int p = 0; p < path_count; ++p) {
            Path path = static_cast<Path>(p);
            char api[48], test[48];
            snprintf(api, sizeof api, "getrandom-%s", path_names[path]);
            snprintf(test, sizeof test, "%s-pointer", ptr.name);
            Check &c = report.add(api, test);
            if (path == via_vdso && !vdso_has_getrandom()) {
                c.skipped = "not in this vDSO";
                continue;
            }
            Call k = {path, ptr.address, 16, 0};
            Outcome o = run_in_child(call_in_child, &k);
            c.cases = 1;
            char seen[32];
            snprintf(c.note, sizeof c.note, "%s", describe(o, seen, sizeof seen));
            bool fault = o.signal == SIGSEGV || o.signal == SIGBUS;
            bool efault = !o.signal && o.value == -EFAULT;
            bool ok = path == via_syscall || (path == via_libvrt && !ptr.address) ? o.ran && efault
                                                                                   : o.ran && (fault || efault);
            if (!ok) c.failures = 1;
        }
    }
    if (none != MAP_FAILED) munmap(none, 4096);
    if (read_only != MAP_FAILED) munmap(read_only, 4096);
}

}  // namespace

void run_getrandom_abi_checks(Report &report) {
    flags_against_syscall(report);
    bad_pointers(report);
}

// --- syscalls

namespace {

volatile long *trapped;  // in a shared page: the child counts, the parent reads

void count_sigsys(int, siginfo_t *, void *) { *trapped = *trapped + 1; }

struct Probe {
    Path path;
    size_t length;
};

// In the child: one draw first (fork wiped the state, and the vDSO refills its key from the
// kernel), then the filter, then eight draws; the number of getrandom system calls trapped.
long trapped_getrandom_calls(void *context) {
    const Probe &p = *static_cast<const Probe *>(context);
    static unsigned char buffer[4096];
    if (draw(p.path, buffer, p.length, 0) != static_cast<long>(p.length)) return -1;
    struct sigaction action = {};
    action.sa_sigaction = count_sigsys;
    action.sa_flags = SA_SIGINFO;
    if (sigaction(SIGSYS, &action, nullptr) != 0) return -1;
    const long numbers[] = {__NR_getrandom};
    if (install_seccomp_filter(numbers, 1, SECCOMP_RET_TRAP) != 0) return -1;
    for (int i = 0; i < 8; ++i) draw(p.path, buffer, p.length, 0);
    return *trapped;
}

}  // namespace

void run_getrandom_syscall_probes(Report &report) {
    if (!trapped) trapped = static_cast<volatile long *>(shared_page());
    const Path paths[] = {via_vdso, via_libvrt};
    for (Path path : paths) {
        static const size_t lengths[] = {16, 4096};
        for (size_t length : lengths) {
            char test[48];
            snprintf(test, sizeof test, "%s-%zu-bytes", path_names[path], length);
            Check &c = report.add("getrandom", test);
            if (path == via_vdso && !vdso_has_getrandom()) {
                c.skipped = "not in this vDSO";
                continue;
            }
            if (!trapped) {
                c.skipped = "no shared page";
                continue;
            }
            *trapped = 0;
            Probe p = {path, length};
            Outcome o = run_in_child(trapped_getrandom_calls, &p);
            c.cases = 1;
            if (!o.ran || o.signal || o.value < 0) {
                c.failures = 1;
                snprintf(c.note, sizeof c.note, "could not run under seccomp (signal %d, result %ld)", o.signal,
                         o.value);
                continue;
            }
            snprintf(c.note, sizeof c.note, "%s", o.value ? "fell back to the kernel" : "served in user space");
        }
    }
}

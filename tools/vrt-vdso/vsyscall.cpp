// `vrt-vdso vsyscall`: the three generations of the same call side by side. x86_64's legacy
// vsyscall page (a fixed address, 1 KiB per function) is what the vDSO replaced; current kernels
// emulate it (vsyscall=emulate), allow only calls into it (xonly, the default since 5.18: each
// call faults and the kernel emulates it), or leave it out (none). Its mode comes from
// /proc/self/maps and from probing in a child: a read of the page and a call through it.
#include <asm/errno.h>
#include <vrt/signal.h>
#include <vrt/stdio.h>
#include <vrt/string.h>
#include <vrt/vdso.h>

#include "child.h"
#include "commands.h"
#include "output.h"
#include "paths.h"
#include "report.h"
#include "system_files.h"

namespace {

const vrt_vsyscall_page page = [] {
    vrt_vsyscall_page p;
    vrt_vsyscall_page_layout(&p);
    return p;
}();

using GettimeofdayFn = int (*)(struct timeval *, struct timezone *);
using TimeFn = long (*)(long *);
using GetcpuFn = int (*)(unsigned *, unsigned *, void *);

GettimeofdayFn vsyscall_gettimeofday() { return reinterpret_cast<GettimeofdayFn>(page.address + page.gettimeofday); }
TimeFn vsyscall_time() { return reinterpret_cast<TimeFn>(page.address + page.time); }
GetcpuFn vsyscall_getcpu() { return reinterpret_cast<GetcpuFn>(page.address + page.getcpu); }

long read_page(void *) { return *reinterpret_cast<volatile const unsigned char *>(page.address); }
long call_page(void *) {
    struct timeval tv;
    return vsyscall_gettimeofday()(&tv, nullptr);
}

// Minimum ns per call over samples of `calls` calls.
template <class Call>
long long min_ns_per_call(Call call, int samples = 21, int calls = 200) {
    long long best = -1;
    for (int s = 0; s < samples; ++s) {
        long long start = now_ns();
        for (int i = 0; i < calls; ++i) call();
        long long per = (now_ns() - start) / calls;
        if (best < 0 || per < best) best = per;
    }
    return best;
}

}  // namespace

int run_vsyscall(const Options &options) {
    if (!page.address) {
        if (options.json) out.print("{\"command\": \"vsyscall\", \"present\": false}\n");
        else out.print("vsyscall: this architecture has no vsyscall page\n");
        return 0;
    }
    const char *maps_mode = vsyscall_mode();
    Outcome readable = run_in_child(read_page, nullptr);
    Outcome callable = run_in_child(call_page, nullptr);
    bool can_read = readable.ran && !readable.signal;
    bool can_call = callable.ran && !callable.signal && callable.value == 0;
    const char *probed = can_read && can_call ? "emulate" : can_call ? "xonly" : "none";
    if (!can_call) {
        if (options.json)
            out.print("{\"command\": \"vsyscall\", \"present\": false, \"maps\": \"%s\", \"probed\": \"%s\"}\n",
                      maps_mode, probed);
        else
            out.print("vsyscall: the page is absent here (maps: %s, probe: %s): the kernel runs with vsyscall=none\n",
                      maps_mode, probed);
        return 0;
    }

    static Report report("vsyscall");
    Check &mode = report.add("vsyscall", "mode");
    mode.cases = 1;
    mode.failures = strcmp(maps_mode, probed) != 0;
    snprintf(mode.note, sizeof mode.note, "maps says %s, probing says %s", maps_mode, probed);

    // Each result against the system call: a vsyscall reading is never earlier than the
    // syscall reading before it, nor later than the one after it.
    Check &g = report.add("gettimeofday-vsyscall", "verify");
    for (int i = 0; i < 2000; ++i) {
        struct timeval a, v, b;
        vrt_sys_gettimeofday(&a, nullptr);
        int r = vsyscall_gettimeofday()(&v, nullptr);
        vrt_sys_gettimeofday(&b, nullptr);
        long long ua = a.tv_sec * 1000000LL + a.tv_usec, uv = v.tv_sec * 1000000LL + v.tv_usec,
                  ub = b.tv_sec * 1000000LL + b.tv_usec;
        ++g.cases;
        if (r != 0 || uv < ua || uv > ub) ++g.failures;
    }
    Check &t = report.add("time-vsyscall", "verify");
    for (int i = 0; i < 2000; ++i) {
        long a = static_cast<long>(vrt_sys_time(nullptr)), v = vsyscall_time()(nullptr),
             b = static_cast<long>(vrt_sys_time(nullptr));
        ++t.cases;
        if (v < a || v > b) ++t.failures;
    }
    Check &c = report.add("getcpu-vsyscall", "verify");
    for (int i = 0; i < 2000; ++i) {
        unsigned v = ~0u, s = ~0u;
        int r = vsyscall_getcpu()(&v, nullptr, nullptr);
        vrt_sys_getcpu(&s, nullptr);
        ++c.cases;
        // A migration between the two calls can separate them; only count a broken call.
        if (r != 0 || v == ~0u) ++c.failures;
    }

    struct timeval tv;
    unsigned cpu;
    long long cost[3][3] = {
        {min_ns_per_call([&] { vsyscall_gettimeofday()(&tv, nullptr); }),
         min_ns_per_call([&] { vrt_vdso_gettimeofday(&tv, nullptr); }),
         min_ns_per_call([&] { vrt_sys_gettimeofday(&tv, nullptr); })},
        {min_ns_per_call([&] { vsyscall_time()(nullptr); }), min_ns_per_call([&] { vrt_vdso_time(nullptr); }),
         min_ns_per_call([&] { vrt_sys_time(nullptr); })},
        {min_ns_per_call([&] { vsyscall_getcpu()(&cpu, nullptr, nullptr); }),
         min_ns_per_call([&] { vrt_vdso_getcpu(&cpu, nullptr); }),
         min_ns_per_call([&] { vrt_sys_getcpu(&cpu, nullptr); })},
    };
    const char *names[3] = {"gettimeofday", "time", "getcpu"};
    if (!options.json) {
        out.print("vsyscall page at %#lx, mode %s\n\n", page.address, probed);
        out.print("ns per call (minimum of 21 samples)\n%-14s %10s %10s %10s\n", "function", "vsyscall", "vDSO",
                  "syscall");
        for (int f = 0; f < 3; ++f)
            out.print("%-14s %10lld %10lld %10lld\n", names[f], cost[f][0], cost[f][1], cost[f][2]);
        out.print("\n");
    }
    int status = report.finish(options.json, options.verbose);
    if (options.json) {
        out.print("{\"command\": \"vsyscall-cost\", \"unit\": \"ns per call\", \"mode\": \"%s\"", probed);
        for (int f = 0; f < 3; ++f)
            out.print(", \"%s\": {\"vsyscall\": %lld, \"vdso\": %lld, \"syscall\": %lld}", names[f], cost[f][0],
                      cost[f][1], cost[f][2]);
        out.print("}\n");
    }
    return status;
}

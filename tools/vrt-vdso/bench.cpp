// `vrt-vdso bench`: nanoseconds per call of each time function (and of getrandom, for 4 to 4096
// bytes) through the vDSO directly,
// through libvrt's libc function, and through the raw system call, measured side by side.
// Samples of the three paths alternate, so a change in machine load hits them alike; the report
// gives the median and the minimum (the minimum is the stable figure on a shared machine).
#include <asm/errno.h>
#include <vrt/random.h>
#include <vrt/sched.h>
#include <vrt/stdio.h>
#include <vrt/time.h>
#include <vrt/vdso.h>

#include "commands.h"
#include "output.h"

namespace {

using Call = int (*)(clockid_t);

int vdso_clock_gettime(clockid_t c) { struct timespec ts; return vrt_vdso_clock_gettime(c, &ts); }
int libvrt_clock_gettime(clockid_t c) { struct timespec ts; return clock_gettime(c, &ts); }
int sys_clock_gettime(clockid_t c) { struct timespec ts; return vrt_sys_clock_gettime(c, &ts); }
int vdso_clock_getres(clockid_t c) { struct timespec ts; return vrt_vdso_clock_getres(c, &ts); }
int libvrt_clock_getres(clockid_t c) { struct timespec ts; return clock_getres(c, &ts); }
int sys_clock_getres(clockid_t c) { struct timespec ts; return vrt_sys_clock_getres(c, &ts); }
int vdso_gettimeofday(clockid_t) { struct timeval tv; return vrt_vdso_gettimeofday(&tv, nullptr); }
int libvrt_gettimeofday(clockid_t) { struct timeval tv; return gettimeofday(&tv, nullptr); }
int sys_gettimeofday(clockid_t) { struct timeval tv; return vrt_sys_gettimeofday(&tv, nullptr); }
int vdso_time(clockid_t) { return vrt_vdso_time(nullptr) < 0 ? -ENOSYS : 0; }
int libvrt_time(clockid_t) { return time(nullptr) < 0; }
int sys_time(clockid_t) { return vrt_sys_time(nullptr) < 0; }
int vdso_getcpu(clockid_t) { unsigned cpu; return vrt_vdso_getcpu(&cpu, nullptr); }
int libvrt_getcpu(clockid_t) { unsigned cpu; return getcpu(&cpu, nullptr); }
int sys_getcpu(clockid_t) { unsigned cpu; return vrt_sys_getcpu(&cpu, nullptr); }
// getrandom's entries carry the length in the clock field.
unsigned char random_buffer[4096];
int vdso_getrandom(clockid_t n) { long r = vrt_vdso_getrandom(random_buffer, n, 0); return r == n ? 0 : r < 0 ? r : -1; }
int libvrt_getrandom(clockid_t n) { return getrandom(random_buffer, n, 0) == n ? 0 : -1; }
int sys_getrandom(clockid_t n) { return vrt_sys_getrandom(random_buffer, n, 0) == n ? 0 : -1; }

struct Entry {
    const char *function;
    const char *clock_name;
    clockid_t clock;
    Call paths[3];  // vDSO, libvrt, system call
};

const Entry entries[] = {
    {"clock_gettime", "REALTIME", CLOCK_REALTIME, {vdso_clock_gettime, libvrt_clock_gettime, sys_clock_gettime}},
    {"clock_gettime", "MONOTONIC", CLOCK_MONOTONIC, {vdso_clock_gettime, libvrt_clock_gettime, sys_clock_gettime}},
    {"clock_gettime", "MONOTONIC_RAW", CLOCK_MONOTONIC_RAW, {vdso_clock_gettime, libvrt_clock_gettime, sys_clock_gettime}},
    {"clock_gettime", "REALTIME_COARSE", CLOCK_REALTIME_COARSE, {vdso_clock_gettime, libvrt_clock_gettime, sys_clock_gettime}},
    {"clock_gettime", "MONOTONIC_COARSE", CLOCK_MONOTONIC_COARSE, {vdso_clock_gettime, libvrt_clock_gettime, sys_clock_gettime}},
    {"clock_gettime", "BOOTTIME", CLOCK_BOOTTIME, {vdso_clock_gettime, libvrt_clock_gettime, sys_clock_gettime}},
    {"clock_gettime", "TAI", CLOCK_TAI, {vdso_clock_gettime, libvrt_clock_gettime, sys_clock_gettime}},
    {"clock_gettime", "PROCESS_CPUTIME_ID", CLOCK_PROCESS_CPUTIME_ID, {vdso_clock_gettime, libvrt_clock_gettime, sys_clock_gettime}},
    {"clock_getres", "MONOTONIC", CLOCK_MONOTONIC, {vdso_clock_getres, libvrt_clock_getres, sys_clock_getres}},
    {"gettimeofday", "-", 0, {vdso_gettimeofday, libvrt_gettimeofday, sys_gettimeofday}},
    {"time", "-", 0, {vdso_time, libvrt_time, sys_time}},
    {"getcpu", "-", 0, {vdso_getcpu, libvrt_getcpu, sys_getcpu}},
    {"getrandom", "4 bytes", 4, {vdso_getrandom, libvrt_getrandom, sys_getrandom}},
    {"getrandom", "16 bytes", 16, {vdso_getrandom, libvrt_getrandom, sys_getrandom}},
    {"getrandom", "256 bytes", 256, {vdso_getrandom, libvrt_getrandom, sys_getrandom}},
    {"getrandom", "4096 bytes", 4096, {vdso_getrandom, libvrt_getrandom, sys_getrandom}},
};
constexpr int entry_count = sizeof entries / sizeof entries[0];
const char *const path_names[3] = {"vdso", "libvrt", "syscall"};
// Calls per sample: enough that the two timer reads around a batch vanish in it.
constexpr int batch[3] = {2000, 2000, 200};
constexpr int max_samples = 1001;

long long now_ns() {
    struct timespec ts;
    if (vrt_vdso_clock_gettime(CLOCK_MONOTONIC, &ts) != 0) vrt_sys_clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

// Tenths of a nanosecond per call, for one sample.
long long sample(Call call, clockid_t clock, int calls) {
    long long start = now_ns();
    for (int i = 0; i < calls; ++i) call(clock);
    return (now_ns() - start) * 10 / calls;
}

void sort(long long *v, int n) {
    for (int i = 1; i < n; ++i)
        for (int j = i; j > 0 && v[j - 1] > v[j]; --j) {
            long long t = v[j];
            v[j] = v[j - 1];
            v[j - 1] = t;
        }
}

struct Figure {
    bool available;
    long long median, minimum;  // tenths of a nanosecond
};

Figure figures[entry_count][3];
long long samples[3][max_samples];

void measure(const Entry &e, int sample_count, Figure *result) {
    bool available[3];
    for (int p = 0; p < 3; ++p) available[p] = e.paths[p](e.clock) != -ENOSYS;
    for (int s = 0; s < sample_count; ++s)
        for (int p = 0; p < 3; ++p)
            if (available[p]) samples[p][s] = sample(e.paths[p], e.clock, batch[p]);
    for (int p = 0; p < 3; ++p) {
        result[p].available = available[p];
        if (!available[p]) continue;
        sort(samples[p], sample_count);
        result[p].median = samples[p][sample_count / 2];
        result[p].minimum = samples[p][0];
    }
}

void print_figure(const Figure &f) {
    if (!f.available) out.print("  %-15s", "-");
    else {
        char cell[40];
        snprintf(cell, sizeof cell, "%lld.%lld / %lld.%lld", f.median / 10, f.median % 10, f.minimum / 10,
                 f.minimum % 10);
        out.print("  %-15s", cell);
    }
}

}  // namespace

int run_bench(const Options &options) {
    int sample_count = options.samples ? options.samples : 101;
    if (sample_count > max_samples) sample_count = max_samples;
    for (int i = 0; i < entry_count; ++i) measure(entries[i], sample_count, figures[i]);

    if (options.json) {
        out.print("{\"samples\": %d, \"unit\": \"ns per call\", \"results\": [", sample_count);
        for (int i = 0; i < entry_count; ++i) {
            out.print("%s{\"function\": \"%s\", \"clock\": \"%s\"", i ? ", " : "", entries[i].function,
                      entries[i].clock_name);
            for (int p = 0; p < 3; ++p) {
                const Figure &f = figures[i][p];
                if (!f.available) out.print(", \"%s\": null", path_names[p]);
                else
                    out.print(", \"%s\": {\"median\": %lld.%lld, \"min\": %lld.%lld}", path_names[p], f.median / 10,
                              f.median % 10, f.minimum / 10, f.minimum % 10);
            }
            out.print("}");
        }
        out.print("]}\n");
        return 0;
    }
    out.print("ns per call, median / minimum of %d alternated samples (- : no such vDSO function)\n\n",
              sample_count);
    out.print("%-14s %-19s  %-15s  %-15s  %-15s\n", "function", "clock", "vDSO", "libvrt", "system call");
    for (int i = 0; i < entry_count; ++i) {
        out.print("%-14s %-19s", entries[i].function, entries[i].clock_name);
        for (int p = 0; p < 3; ++p) print_figure(figures[i][p]);
        out.print("\n");
    }
    return 0;
}

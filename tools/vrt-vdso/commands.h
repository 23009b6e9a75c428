// The subcommands of vrt-vdso and what they share.
#pragma once

#include <stddef.h>

struct Options {
    bool json = false;
    bool verbose = false;
    const char *file = nullptr;    // info: read this image file instead of the live vDSO
    const char *output = nullptr;  // dump: where to write the live vDSO
    int samples = 0;               // bench: samples per entry (0: the default)
    long long duration_ns = 1000000000LL / 4;  // verify: how long each check alternates the paths
};

int run_info(const Options &options);
int run_bench(const Options &options);
int run_dump(const Options &options);
int run_verify(const Options &options);
int run_abi(const Options &options);
int run_syscalls(const Options &options);
int run_timens(const Options &options);
int run_vsyscall(const Options &options);
int run_selftest(const Options &options);

// Reads a whole file into buffer; its size, or -1 (also when it does not fit).
long load_file(const char *path, unsigned char *buffer, size_t size);

// Whether the vDSO's clock_gettime(CLOCK_MONOTONIC) enters the kernel, found by running it in a
// child whose seccomp filter fails every time system call with a marker errno.
enum class ClockProbe { user_space, kernel, unknown };
ClockProbe probe_clock_gettime();

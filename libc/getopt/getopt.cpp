// getopt(3), getopt_long and getopt_long_only: the process-wide state behind optind, optarg,
// opterr and optopt, over libc/getopt/parse_options.cpp. Messages go straight to file
// descriptor 2, one write each, as glibc's unbuffered stderr writes them.
#include <getopt.h>
#include <stddef.h>
#include <stdlib.h>

#include "libc/getopt/parse_options.h"
#include "sys/kernel.h"

static_assert(sizeof(option) == sizeof(vrt::LongOption) &&
                  offsetof(option, name) == offsetof(vrt::LongOption, name) &&
                  offsetof(option, has_arg) == offsetof(vrt::LongOption, has_arg) &&
                  offsetof(option, flag) == offsetof(vrt::LongOption, flag) &&
                  offsetof(option, val) == offsetof(vrt::LongOption, val),
              "struct option and vrt::LongOption must have the same layout");

extern "C" {
char *optarg;
int optind = 1;
int opterr = 1;
int optopt = '?';
}

namespace {

vrt::GetoptState process_state;

void write_to_stderr(void *, const char *text, size_t length) {
    // A failed or short write of a diagnostic is not the program's error: glibc ignores it too.
    vrt::kernel::write(2, text, length);
}

// next_short_option for getopt, next_option for the long ones: getopt alone links no long
// option parsing.
using Parser = int (*)(vrt::GetoptState &, const vrt::GetoptCall &, vrt::MessageSink);

int run(Parser parse, int argc, char *const argv[], const char *optstring, const option *long_options,
        int *long_index, bool long_only) {
    process_state.optind = optind;
    process_state.opterr = opterr;
    vrt::GetoptCall call{argc,
                         const_cast<char **>(argv),  // GNU getopt permutes argv, as glibc's does
                         optstring,
                         reinterpret_cast<const vrt::LongOption *>(long_options),
                         long_index,
                         long_only,
                         getenv("POSIXLY_CORRECT") != nullptr};
    int result = parse(process_state, call, {write_to_stderr, nullptr});
    optind = process_state.optind;
    optarg = process_state.optarg;
    optopt = process_state.optopt;
    return result;
}

}  // namespace

extern "C" {

int getopt(int argc, char *const argv[], const char *optstring) {
    return run(vrt::next_short_option, argc, argv, optstring, nullptr, nullptr, false);
}

int getopt_long(int argc, char *const argv[], const char *optstring, const option *long_options,
                int *long_index) {
    return run(vrt::next_option, argc, argv, optstring, long_options, long_index, false);
}

int getopt_long_only(int argc, char *const argv[], const char *optstring,
                     const option *long_options, int *long_index) {
    return run(vrt::next_option, argc, argv, optstring, long_options, long_index, true);
}

}

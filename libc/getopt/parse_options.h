// getopt(3), getopt_long(3) and getopt_long_only(3) as glibc runs them, over an explicit state
// (libc/getopt/getopt.cpp keeps the one behind the C functions and optind, optarg, opterr and
// optopt). The unit tests run these very functions beside glibc's on generated command lines.
//
// What GNU getopt does beyond POSIX, and so this:
// - argv is permuted: non-options are skipped, and moved after the options once those are
//   found, unless the option string starts with '+' or POSIXLY_CORRECT is set (then the first
//   non-option ends the options). A leading '-' returns each non-option as option 1, optarg
//   being the argument. "--" ends the options either way.
// - A ':' first in the option string (after '+' or '-') silences the messages and returns ':'
//   for a missing argument. "x::" makes x's argument optional, attached ("-xvalue") only.
// - Long options: "--name", "--name=value", "--name value" for a required argument; any
//   unambiguous prefix of a name; getopt_long_only also takes "-name". "W;" in the option string
//   reads "-W name" as "--name".
// - optind = 0 starts over, reading the option string's prefix and POSIXLY_CORRECT again.
// - The messages, on standard error, are glibc's, word for word.
#pragma once

#include <stddef.h>

namespace vrt {

// The layout of <getopt.h>'s struct option (the C shell checks that they match).
struct LongOption {
    const char *name;
    int has_arg;  // 0 none, 1 required, 2 optional
    int *flag;
    int val;
};

struct GetoptState {
    // The C interface's variables. optopt starts at 0 here although the C variable starts at
    // '?': glibc's getopt copies its internal value, zero until an error sets it, into optopt
    // after every call, so a program that never sees an error reads 0 there.
    int optind = 1;
    int opterr = 1;
    int optopt = 0;
    char *optarg = nullptr;

    // Where the scan is: inside a group of short options ("-abc"), and which argv elements
    // were skipped as non-options, [first_nonoption, last_nonoption), still to be moved.
    bool initialized = false;
    enum class Ordering { permute, require_order, return_in_order } ordering = Ordering::permute;
    char *next_char = nullptr;
    int first_nonoption = 1;
    int last_nonoption = 1;
};

// Where messages go: one call per message.
struct MessageSink {
    void (*write)(void *context, const char *text, size_t length);
    void *context;
};

struct GetoptCall {
    int argc;
    char **argv;
    const char *optstring;
    const LongOption *long_options;  // null for plain getopt
    int *long_index;
    bool long_only;
    bool posixly_correct;  // whether POSIXLY_CORRECT is in the environment
};

// The next option, as getopt_long returns it: the option character, a long option's val
// (or 0 after storing it through its flag), 1 for a non-option under '-', '?' or ':' for an
// error, -1 at the end.
int next_option(GetoptState &state, const GetoptCall &call, MessageSink messages);

// The same for plain getopt: call.long_options is not read. A program that calls only getopt
// links this one and none of the long option parsing (about 1.3 KB on x86_64).
int next_short_option(GetoptState &state, const GetoptCall &call, MessageSink messages);

}  // namespace vrt

// vrt::next_option against glibc's getopt, getopt_long and getopt_long_only on generated
// command lines: each call's result, optarg, optind, optopt and long index, the final order of
// argv (GNU permutation), and every message glibc writes on standard error, byte for byte.
#include "libc/getopt/parse_options.h"

#include <doctest/doctest.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <getopt.h>
#include <random>
#include <string>
#include <unistd.h>
#include <vector>

namespace {

int flag_variable;

// The same table twice: glibc's struct option and libvrt's LongOption.
#define LONG_OPTIONS(type, name)                                        \
    const type name[] = {                                           \
        {"alpha", no_argument, nullptr, 'A'},                       \
        {"all", no_argument, &flag_variable, 7},                    \
        {"beta", required_argument, nullptr, 'B'},                  \
        {"gamma", optional_argument, nullptr, 'G'},                 \
        {"delta", no_argument, nullptr, 'D'},                       \
        {"delta-same", no_argument, nullptr, 'D'},                  \
        {"deltoid", required_argument, nullptr, 'E'},               \
        {"b", no_argument, nullptr, 'b'},                           \
        {nullptr, 0, nullptr, 0},                                   \
    }
LONG_OPTIONS(option, kHostOptions);
LONG_OPTIONS(vrt::LongOption, kOurOptions);

struct Step {
    int result;
    bool has_optarg;
    std::string optarg;
    int optind;
    int optopt;
    int long_index;
    int flag;
    bool operator==(const Step &) const = default;
};

struct Run {
    std::vector<Step> steps;
    std::vector<std::string> final_argv;
    std::string messages;
};

std::string steps_text(const Run &run) {
    std::string text;
    for (const Step &s : run.steps)
        text += std::to_string(s.result) + "(" + (s.has_optarg ? s.optarg : "null") + ",ind " +
                std::to_string(s.optind) + ",opt " + std::to_string(s.optopt) + ",idx " +
                std::to_string(s.long_index) + ") ";
    return text;
}

struct Case {
    std::vector<std::string> arguments;  // argv[0] included
    std::string optstring;
    int mode;  // 0 getopt, 1 getopt_long, 2 getopt_long_only
    bool opterr;
    bool posixly_correct;
};

std::vector<char *> argv_of(std::vector<std::string> &strings) {
    std::vector<char *> argv;
    for (std::string &s : strings) argv.push_back(s.data());
    argv.push_back(nullptr);
    return argv;
}

// Reads what was written to a file descriptor 2 redirected into a temporary file.
class CapturedStderr {
public:
    CapturedStderr() {
        fflush(stderr);
        file_ = tmpfile();
        saved_ = dup(2);
        dup2(fileno(file_), 2);
    }
    std::string finish() {
        fflush(stderr);
        dup2(saved_, 2);
        close(saved_);
        std::string text;
        rewind(file_);
        for (int c; (c = fgetc(file_)) != EOF;) text += static_cast<char>(c);
        fclose(file_);
        return text;
    }

private:
    FILE *file_;
    int saved_;
};

Run run_host(const Case &c) {
    std::vector<std::string> strings = c.arguments;
    std::vector<char *> argv = argv_of(strings);
    int argc = static_cast<int>(strings.size());
    if (c.posixly_correct)
        setenv("POSIXLY_CORRECT", "1", 1);
    else
        unsetenv("POSIXLY_CORRECT");
    Run run;
    // glibc keeps optopt inside between scans; an invalid option sets it to a known value.
    char prog[] = "prog", invalid[] = "-\x01";
    char *priming[] = {prog, invalid, nullptr};
    optind = 0;
    opterr = 0;
    getopt(2, priming, "");
    CapturedStderr captured;
    optind = 0;
    opterr = c.opterr;
    for (int i = 0; i < 40; ++i) {
        int long_index = -1;
        flag_variable = 0;
        int result = c.mode == 0   ? getopt(argc, argv.data(), c.optstring.c_str())
                     : c.mode == 1 ? getopt_long(argc, argv.data(), c.optstring.c_str(), kHostOptions, &long_index)
                                   : getopt_long_only(argc, argv.data(), c.optstring.c_str(), kHostOptions,
                                                      &long_index);
        run.steps.push_back({result, optarg != nullptr, optarg ? optarg : "", optind, optopt, long_index,
                             flag_variable});
        if (result == -1) break;
    }
    run.messages = captured.finish();
    unsetenv("POSIXLY_CORRECT");
    for (int i = 0; i < argc; ++i) run.final_argv.push_back(argv[static_cast<size_t>(i)]);
    return run;
}

void append_message(void *context, const char *text, size_t length) {
    static_cast<std::string *>(context)->append(text, length);
}

Run run_ours(const Case &c, vrt::GetoptState &state) {
    std::vector<std::string> strings = c.arguments;
    std::vector<char *> argv = argv_of(strings);
    int argc = static_cast<int>(strings.size());
    Run run;
    state.optopt = 1;  // what the priming call leaves in glibc's
    state.optind = 0;
    state.opterr = c.opterr;
    for (int i = 0; i < 40; ++i) {
        int long_index = -1;
        flag_variable = 0;
        vrt::GetoptCall call{argc, argv.data(), c.optstring.c_str(), c.mode ? kOurOptions : nullptr,
                             &long_index, c.mode == 2, c.posixly_correct};
        // Plain getopt's parser is the one without long options, as libc/getopt/getopt.cpp calls it.
        int result = c.mode ? vrt::next_option(state, call, {append_message, &run.messages})
                            : vrt::next_short_option(state, call, {append_message, &run.messages});
        run.steps.push_back({result, state.optarg != nullptr, state.optarg ? state.optarg : "", state.optind,
                             state.optopt, long_index, flag_variable});
        if (result == -1) break;
    }
    for (int i = 0; i < argc; ++i) run.final_argv.push_back(argv[static_cast<size_t>(i)]);
    return run;
}

void check_same_as_host(const Case &c, vrt::GetoptState &state) {
    Run expected = run_host(c);
    Run actual = run_ours(c, state);
    std::string command;
    for (const std::string &a : c.arguments) command += "'" + a + "' ";
    INFO("optstring \"", c.optstring, "\" mode ", c.mode, " opterr ", c.opterr, " posix ", c.posixly_correct,
         " argv ", command, "\nglibc: ", steps_text(expected), "\nours:  ", steps_text(actual));
    CHECK(actual.steps == expected.steps);
    CHECK(actual.final_argv == expected.final_argv);
    CHECK(actual.messages == expected.messages);
}

const char *const kTokens[] = {
    "-a", "-b", "-bval", "-c", "-cval", "-abc", "-acb", "-ba", "-x", "-:", "-;", "-W", "-Wbeta=1", "-Walp",
    "--", "-", "file", "other", "--alpha", "--alp", "--al", "--all", "--beta=1", "--beta", "--gamma",
    "--gamma=2", "--delta", "--del", "--delt", "--deltoid", "--unknown", "--alpha=x", "--b", "-alpha",
    "-al", "-beta", "-bet=3", "-gam", "-z", "-ab", "-Wdel", "--=x", "-\xe9",
};

const char *const kOptstrings[] = {
    "ab:c::", "+ab:c::", "-ab:c::", ":ab:c::", "+:ab:c::", "-:ab:c::", "ab:c::W;", ":ab:c::W;",
    "abc", "a:b", "W", "",
};

}  // namespace

TEST_CASE("getopt, getopt_long, getopt_long_only: results, argv and messages as glibc") {
    std::mt19937 random(7);
    vrt::GetoptState state;  // one state for every run, as the C functions have: optind = 0 resets it
    for (int round = 0; round < 6000; ++round) {
        Case c;
        c.arguments.push_back("prog");
        int count = static_cast<int>(random() % 7);
        for (int i = 0; i < count; ++i) c.arguments.push_back(kTokens[random() % std::size(kTokens)]);
        c.optstring = kOptstrings[random() % std::size(kOptstrings)];
        c.mode = static_cast<int>(random() % 3);
        c.opterr = random() % 4 != 0;
        c.posixly_correct = random() % 5 == 0;
        check_same_as_host(c, state);
    }
}

TEST_CASE("getopt: the documented cases, each as glibc") {
    vrt::GetoptState state;
    const Case cases[] = {
        {{"prog", "file", "-a", "other", "-b", "value", "last"}, "ab:", 0, true, false},  // permutation
        {{"prog", "file", "-a"}, "ab:", 0, true, true},                                   // POSIXLY_CORRECT
        {{"prog", "file", "-a"}, "+ab:", 0, true, false},                                 // leading '+'
        {{"prog", "file", "-a", "--", "-b"}, "-ab:", 0, true, false},                     // leading '-'
        {{"prog", "-b"}, ":ab:", 0, true, false},                                         // ':' for missing
        {{"prog", "-b"}, "ab:", 0, true, false},      // "option requires an argument"
        {{"prog", "-q"}, "ab:", 0, true, false},      // "invalid option"
        {{"prog", "-cx", "-c", "y"}, "c::", 0, true, false},  // optional argument attached only
        {{"prog", "--al"}, "", 1, true, false},       // ambiguous abbreviation
        {{"prog", "--alpha=1"}, "", 1, true, false},  // doesn't allow an argument
        {{"prog", "--beta"}, "", 1, true, false},     // requires an argument
        {{"prog", "--nope"}, "", 1, true, false},     // unrecognized
        {{"prog", "--del"}, "", 1, true, false},      // two names, one action: not ambiguous
        {{"prog", "-alpha"}, "a", 2, true, false},    // getopt_long_only
    };
    for (const Case &c : cases) check_same_as_host(c, state);
}

TEST_CASE("getopt: optopt is 0 after the first scan's calls until an error sets it, as glibc") {
    // glibc's state starts zeroed and its getopt copies the state's optopt into the variable
    // after each call; this process's glibc state is no longer fresh, so the value is spelled.
    vrt::GetoptState state;
    char prog[] = "prog", a[] = "-a";
    char *argv[] = {prog, a, nullptr};
    vrt::GetoptCall call{2, argv, "a", nullptr, nullptr, false, false};
    std::string messages;
    CHECK(vrt::next_option(state, call, {append_message, &messages}) == 'a');
    CHECK(state.optopt == 0);
}

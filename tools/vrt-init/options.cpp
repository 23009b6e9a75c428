// The command line: single-letter options, which may be grouped (-sg) and take their value
// attached or in the next word (-pKILL, -p KILL), up to `--` or the first word that is not one.
#include <vrt/unistd.h>
#include <vrt/string.h>

#include "init.h"

namespace init {

namespace {

constexpr const char usage[] =
    "usage: vrt-init [-s] [-g] [-p SIGNAL] [-M] [-r] [-v] [--] COMMAND [ARG...]\n"
    "  -s         be a child subreaper when not PID 1, so that orphans are reaped here\n"
    "  -g         forward signals to the command's process group, not just to the command\n"
    "  -p SIGNAL  get SIGNAL when our parent dies (PR_SET_PDEATHSIG)\n"
    "  -M         act as PID 1 of a machine (must be PID 1): mount /proc, /sys, /dev first,\n"
    "             power off at the end\n"
    "  -r         with -M, or as the machine's PID 1: reboot instead of powering off\n"
    "  -v         say what happens\n"
    "  -h         this help\n"
    "Forwards SIGHUP SIGINT SIGQUIT SIGTERM SIGUSR1 SIGUSR2 SIGWINCH; exits with the command's\n"
    "status, or 128+N when signal N killed it; 127: command not found, 126: cannot run it.\n";

bool bad_usage(const char *why, char letter) {
    say("%s: -%c", why, letter);
    print_usage(2);
    return false;
}

// The options without a value; false for a letter that is none of them.
bool set_flag(Options &options, char letter) {
    switch (letter) {
        case 's': options.subreaper = true; return true;
        case 'g': options.signal_group = true; return true;
        case 'M': options.machine = true; return true;
        case 'r': options.reboot = true; return true;
        case 'v': options.verbose = true; return true;
        case 'h': options.help = true; return true;
        default: return false;
    }
}

}  // namespace

void print_usage(int fd) { write(fd, usage, sizeof usage - 1); }

bool parse_options(int argc, char **argv, Options &options) {
    int i = 1;
    for (; i < argc; ++i) {
        const char *word = argv[i];
        if (word[0] != '-' || !word[1]) break;
        if (strcmp(word, "--") == 0) {
            ++i;
            break;
        }
        for (const char *letter = word + 1; *letter; ++letter) {
            if (*letter == 'p') {
                const char *value = letter[1] ? letter + 1 : (i + 1 < argc ? argv[++i] : nullptr);
                if (!value) return bad_usage("missing signal after", 'p');
                options.parent_death_signal = signal_number(value);
                if (!options.parent_death_signal) return bad_usage("not a signal name or number after", 'p');
                break;  // the value was the rest of the word
            }
            if (!set_flag(options, *letter)) return bad_usage("unknown option", *letter);
        }
    }
    if (i < argc) options.command = argv + i;
    return true;
}

}  // namespace init

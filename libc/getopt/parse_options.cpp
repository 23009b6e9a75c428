// GNU getopt; libc/getopt/parse_options.h describes what it does. The order of the tests and
// the value of each variable at each return follow glibc's posix/getopt.c, since programs
// depend on them (optind after an error, optopt after a bad long option, where argv ends up).
#include "libc/getopt/parse_options.h"

namespace {

using vrt::GetoptState;
using Ordering = vrt::GetoptState::Ordering;

const char *find_char(const char *s, char c) {
    for (; *s; ++s)
        if (*s == c) return s;
    return nullptr;
}

bool equal(const char *a, const char *b) {
    while (*a && *a == *b) ++a, ++b;
    return *a == *b;
}

// Whether `name` begins with the `length` bytes at `text`.
bool starts_with(const char *name, const char *text, size_t length) {
    for (size_t i = 0; i < length; ++i)
        if (name[i] != text[i]) return false;
    return true;
}

bool is_nonoption(const char *argument) { return argument[0] != '-' || argument[1] == '\0'; }

// One message, collected and written in one call, as glibc's unbuffered stderr writes it.
class Message {
public:
    explicit Message(vrt::MessageSink sink) : sink_(sink) {}
    ~Message() { flush(); }

    Message &operator<<(const char *text) {
        while (*text) *this << *text++;
        return *this;
    }
    Message &operator<<(char c) {
        if (used_ == sizeof buffer_) flush();
        buffer_[used_++] = c;
        return *this;
    }

private:
    void flush() {
        if (used_) sink_.write(sink_.context, buffer_, used_);
        used_ = 0;
    }

    vrt::MessageSink sink_;
    size_t used_ = 0;
    char buffer_[256];
};

void reverse(char **first, char **last) {
    while (first < last && first < --last) {
        char *t = *first;
        *first++ = *last;
        *last = t;
    }
}

// The non-options skipped so far, argv[first_nonoption, last_nonoption), trade places with the
// options found after them, argv[last_nonoption, optind): a rotation, by three reversals.
void move_nonoptions_after_options(char **argv, GetoptState &state) {
    reverse(argv + state.first_nonoption, argv + state.last_nonoption);
    reverse(argv + state.last_nonoption, argv + state.optind);
    reverse(argv + state.first_nonoption, argv + state.optind);
    state.first_nonoption += state.optind - state.last_nonoption;
    state.last_nonoption = state.optind;
}

struct Context {
    GetoptState &state;
    const vrt::GetoptCall &call;
    const char *optstring;  // without its leading '+' or '-'
    bool print_errors;
    vrt::MessageSink messages;

    int missing_argument_result() const { return optstring[0] == ':' ? ':' : '?'; }
};

// Two long options that match the same abbreviation are one, for ambiguity, when they would
// do the same thing; getopt_long_only counts every second match as ambiguous.
bool same_action(const vrt::LongOption &a, const vrt::LongOption &b) {
    return a.has_arg == b.has_arg && a.flag == b.flag && a.val == b.val;
}

// The long option at state.next_char, which follows `prefix` ("--", "-", or "-W ") in the
// argument. Returns -1 only for getopt_long_only's "-x" that is no long option but may be a
// short one.
int long_option(Context &c, bool long_only, const char *prefix) {
    GetoptState &state = c.state;
    const vrt::LongOption *options = c.call.long_options;
    const char *name = state.next_char;
    const char *name_end = name;
    while (*name_end && *name_end != '=') ++name_end;
    size_t length = static_cast<size_t>(name_end - name);

    int found = -1;
    for (int i = 0; options[i].name; ++i) {
        if (starts_with(options[i].name, name, length) && options[i].name[length] == '\0') {
            found = i;
            break;
        }
    }
    if (found < 0) {
        bool ambiguous = false;
        for (int i = 0; options[i].name; ++i) {
            if (!starts_with(options[i].name, name, length)) continue;
            if (found < 0)
                found = i;
            else if (long_only || !same_action(options[found], options[i]))
                ambiguous = true;
        }
        if (ambiguous) {
            if (c.print_errors) {
                Message message(c.messages);
                message << c.call.argv[0] << ": option '" << prefix << state.next_char
                        << "' is ambiguous; possibilities:";
                for (int i = found; options[i].name; ++i)
                    if (starts_with(options[i].name, name, length) &&
                        (i == found || long_only || !same_action(options[found], options[i])))
                        message << " '" << prefix << options[i].name << "'";
                message << "\n";
            }
            while (*state.next_char) ++state.next_char;
            ++state.optind;
            state.optopt = 0;
            return '?';
        }
    }

    if (found < 0) {
        if (!long_only || c.call.argv[state.optind][1] == '-' || !find_char(c.optstring, *state.next_char)) {
            if (c.print_errors)
                Message(c.messages) << c.call.argv[0] << ": unrecognized option '" << prefix
                                    << state.next_char << "'\n";
            state.next_char = nullptr;
            ++state.optind;
            state.optopt = 0;
            return '?';
        }
        return -1;
    }

    const vrt::LongOption &option = options[found];
    ++state.optind;
    state.next_char = nullptr;
    if (*name_end == '=') {
        if (!option.has_arg) {
            if (c.print_errors)
                Message(c.messages) << c.call.argv[0] << ": option '" << prefix << option.name
                                    << "' doesn't allow an argument\n";
            state.optopt = option.val;
            return '?';
        }
        state.optarg = const_cast<char *>(name_end + 1);
    } else if (option.has_arg == 1) {
        if (state.optind >= c.call.argc) {
            if (c.print_errors)
                Message(c.messages) << c.call.argv[0] << ": option '" << prefix << option.name
                                    << "' requires an argument\n";
            state.optopt = option.val;
            return c.missing_argument_result();
        }
        state.optarg = c.call.argv[state.optind++];
    }
    if (c.call.long_index) *c.call.long_index = found;
    if (option.flag) {
        *option.flag = option.val;
        return 0;
    }
    return option.val;
}

void report_missing_argument(Context &c, char option) {
    if (c.print_errors)
        Message(c.messages) << c.call.argv[0] << ": option requires an argument -- '" << option << "'\n";
    c.state.optopt = option;
}

// The next short option in the group at state.next_char. kLongOptions: whether this is
// getopt_long's or getopt_long_only's parser, which reads "W;" (plain getopt's never links
// long_option).
template <bool kLongOptions>
int short_option(Context &c) {
    GetoptState &state = c.state;
    char option = *state.next_char++;
    const char *spec = find_char(c.optstring, option);
    if (!*state.next_char) ++state.optind;

    if (!spec || option == ':' || option == ';') {
        if (c.print_errors)
            Message(c.messages) << c.call.argv[0] << ": invalid option -- '" << option << "'\n";
        state.optopt = option;
        return '?';
    }

    if (kLongOptions && spec[0] == 'W' && spec[1] == ';' && c.call.long_options) {
        // "-W name" or "-Wname" is "--name". The long option parser moves optind past it.
        if (*state.next_char) {
            // the name is the rest of this argument
        } else if (state.optind >= c.call.argc) {
            report_missing_argument(c, option);
            return c.missing_argument_result();
        } else {
            state.next_char = c.call.argv[state.optind];
        }
        return long_option(c, false, "-W ");
    }

    if (spec[1] == ':') {
        if (*state.next_char) {
            state.optarg = state.next_char;
            ++state.optind;
        } else if (spec[2] == ':') {
            state.optarg = nullptr;  // an optional argument must be attached
        } else if (state.optind >= c.call.argc) {
            report_missing_argument(c, option);
            option = static_cast<char>(c.missing_argument_result());
        } else {
            state.optarg = c.call.argv[state.optind++];
        }
        state.next_char = nullptr;
    }
    return option;
}

template <bool kLongOptions>
int next(GetoptState &state, const vrt::GetoptCall &call, vrt::MessageSink messages) {
    if (call.argc < 1) return -1;
    state.optarg = nullptr;

    const char *optstring = call.optstring;
    if (state.optind == 0 || !state.initialized) {
        if (state.optind == 0) state.optind = 1;
        state.first_nonoption = state.last_nonoption = state.optind;
        state.next_char = nullptr;
        if (*optstring == '-') {
            state.ordering = GetoptState::Ordering::return_in_order;
            ++optstring;
        } else if (*optstring == '+') {
            state.ordering = GetoptState::Ordering::require_order;
            ++optstring;
        } else {
            state.ordering = call.posixly_correct ? GetoptState::Ordering::require_order
                                                  : GetoptState::Ordering::permute;
        }
        state.initialized = true;
    } else if (*optstring == '-' || *optstring == '+') {
        ++optstring;
    }
    Context c{state, call, optstring, state.opterr != 0 && *optstring != ':', messages};
    char **argv = call.argv;

    if (state.next_char && *state.next_char) return short_option<kLongOptions>(c);

    // Onto the next argument. optind may have been moved back by the caller.
    if (state.last_nonoption > state.optind) state.last_nonoption = state.optind;
    if (state.first_nonoption > state.optind) state.first_nonoption = state.optind;

    if (state.ordering == GetoptState::Ordering::permute) {
        if (state.first_nonoption != state.last_nonoption && state.last_nonoption != state.optind)
            move_nonoptions_after_options(argv, state);
        else if (state.last_nonoption != state.optind)
            state.first_nonoption = state.optind;
        while (state.optind < call.argc && is_nonoption(argv[state.optind])) ++state.optind;
        state.last_nonoption = state.optind;
    }

    if (state.optind < call.argc && equal(argv[state.optind], "--")) {
        ++state.optind;
        if (state.first_nonoption != state.last_nonoption && state.last_nonoption != state.optind)
            move_nonoptions_after_options(argv, state);
        else if (state.first_nonoption == state.last_nonoption)
            state.first_nonoption = state.optind;
        state.last_nonoption = call.argc;
        state.optind = call.argc;
    }

    if (state.optind >= call.argc) {
        // Leave optind at the first non-option, which the permutation moved to the end.
        if (state.first_nonoption != state.last_nonoption) state.optind = state.first_nonoption;
        return -1;
    }

    char *argument = argv[state.optind];
    if (is_nonoption(argument)) {
        if (state.ordering == GetoptState::Ordering::require_order) return -1;
        state.optarg = argument;
        ++state.optind;
        return 1;
    }

    if (kLongOptions && call.long_options) {
        if (argument[1] == '-') {
            state.next_char = argument + 2;
            return long_option(c, call.long_only, "--");
        }
        // getopt_long_only: "-name" is a long option first, unless it is a lone short one.
        if (call.long_only && (argument[2] || !find_char(optstring, argument[1]))) {
            state.next_char = argument + 1;
            int result = long_option(c, true, "-");
            if (result != -1) return result;
        }
    }
    state.next_char = argument + 1;
    return short_option<kLongOptions>(c);
}

}  // namespace

namespace vrt {

int next_option(GetoptState &state, const GetoptCall &call, MessageSink messages) {
    return next<true>(state, call, messages);
}

int next_short_option(GetoptState &state, const GetoptCall &call, MessageSink messages) {
    return next<false>(state, call, messages);
}

}  // namespace vrt

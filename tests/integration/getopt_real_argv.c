// args: file1 -a --beta=1 -q --gam --unknown -bvalue file2 --alpha=x -- -c
// expect-stderr: : invalid option -- 'q'
// expect-stderr: : unrecognized option '--unknown'
// expect-stderr: : option '--alpha' doesn't allow an argument
// getopt_long over the real argv the kernel gave: GNU permutation (the non-options end up after
// the options, optind at the first of them), "--" ends the options, and the messages reach
// standard error, where tests/run-program.sh finds them. Then, on argv of its own whose argv[0]
// is "prog", every kind of message is compared in full, read back from a pipe on fd 2.
#include <getopt.h>
#include <vrt/unistd.h>

#include "self_check.h"

static const struct option long_options[] = {
    {"alpha", no_argument, 0, 'A'},
    {"all", no_argument, 0, 'L'},
    {"beta", required_argument, 0, 'B'},
    {"gamma", optional_argument, 0, 'G'},
    {0, 0, 0, 0},
};

static void check_real_argv(int argc, char **argv) {
    char seen[64];
    int n = 0, c;
    check_equal(optopt, '?', "optopt starts as '?', optind as 1, opterr as 1");
    check(optind == 1 && opterr == 1, "optind and opterr start at 1");
    while ((c = getopt_long(argc, argv, "ab:c", long_options, 0)) != -1 && n < 60) {
        if (n == 0) check_equal(optopt, 0, "after a first call without error, optopt is 0 (glibc's)");
        seen[n++] = (char)c;
        if (c == 'B') check_strings(optarg, "1", "--beta=1 gives optarg \"1\"");
        if (c == 'b') check_strings(optarg, "value", "-bvalue gives optarg \"value\"");
        if (c == 'G') check(optarg == 0, "--gam (abbreviated, optional argument) gives no optarg");
    }
    seen[n] = '\0';
    check_strings(seen, "aB?G?b?", "the options in order, errors as '?'");
    check_equal(optind, argc - 3, "optind at the first of the three non-options, moved to the end");
    check_strings(argv[argc - 3], "file1", "first non-option moved after the options");
    check_strings(argv[argc - 2], "file2", "second non-option after it");
    check_strings(argv[argc - 1], "-c", "what followed \"--\" is a non-option, last");
}

// Runs getopt_long on `args` (argv[0] "prog", from optind 0) with fd 2 on a pipe; the pipe's
// contents must equal `expected`.
static void check_messages(char **args, const char *optstring, const char *expected, const char *what) {
    int fds[2], saved = dup(2);
    if (pipe(fds) != 0 || saved < 0) {
        check(0, "pipe and dup for the messages");
        return;
    }
    dup2(fds[1], 2);
    int argc = 0;
    while (args[argc]) ++argc;
    optind = 0;
    while (getopt_long(argc, args, optstring, long_options, 0) != -1) {
    }
    dup2(saved, 2);
    close(saved);
    close(fds[1]);
    char text[512];
    long length = read(fds[0], text, sizeof text - 1);
    close(fds[0]);
    text[length > 0 ? length : 0] = '\0';
    check_strings(text, expected, what);
}

int main(int argc, char **argv) {
    check_real_argv(argc, argv);

    char prog[] = "prog", q[] = "-q", b[] = "-b", unknown[] = "--unknown=1", al[] = "--al";
    char alpha[] = "--alpha=x", beta[] = "--beta";
    char *invalid[] = {prog, q, 0};
    check_messages(invalid, "ab:", "prog: invalid option -- 'q'\n", "invalid option message");
    char *missing[] = {prog, b, 0};
    check_messages(missing, "ab:", "prog: option requires an argument -- 'b'\n", "missing argument message");
    check_messages(missing, ":ab:", "", "a leading ':' silences the messages");
    char *unrecognized[] = {prog, unknown, 0};
    check_messages(unrecognized, "", "prog: unrecognized option '--unknown=1'\n", "unrecognized option message");
    char *ambiguous[] = {prog, al, 0};
    check_messages(ambiguous, "", "prog: option '--al' is ambiguous; possibilities: '--alpha' '--all'\n",
                   "ambiguous option message");
    char *no_argument_allowed[] = {prog, alpha, 0};
    check_messages(no_argument_allowed, "", "prog: option '--alpha' doesn't allow an argument\n",
                   "no argument allowed message");
    char *needs_argument[] = {prog, beta, 0};
    check_messages(needs_argument, "", "prog: option '--beta' requires an argument\n",
                   "long option requires an argument message");
    opterr = 0;
    check_messages(invalid, "ab:", "", "opterr = 0 silences the messages");
    return check_result();
}

/* <getopt.h>: GNU getopt, getopt_long and getopt_long_only, as glibc's: argv is permuted so
 * that options may follow non-options (not with a leading '+' in the option string or with
 * POSIXLY_CORRECT set), a leading '-' returns non-options as option 1, a leading ':' returns
 * ':' for a missing argument and prints nothing, "x::" takes an optional attached argument,
 * long options may be abbreviated, and the messages on standard error are glibc's.
 * optind = 0 starts a new scan. <unistd.h> declares getopt and its variables too. */
#ifndef VRT_GETOPT_H
#define VRT_GETOPT_H

#include <vrt/cdefs.h>

VRT_BEGIN_DECLS

extern char *optarg;
extern int optind, opterr, optopt;

struct option {
    const char *name;
    /* no_argument, required_argument or optional_argument */
    int has_arg;
    /* If not NULL, the option stores val there and getopt_long returns 0; else it returns val. */
    int *flag;
    int val;
};

#define no_argument 0
#define required_argument 1
#define optional_argument 2

int getopt(int argc, char *const argv[], const char *optstring);
int getopt_long(int argc, char *const argv[], const char *optstring,
                const struct option *long_options, int *long_index);
int getopt_long_only(int argc, char *const argv[], const char *optstring,
                     const struct option *long_options, int *long_index);

VRT_END_DECLS

#endif

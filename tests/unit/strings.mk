# The C library's pure parts (libc/): the strerror and strsignal texts, the sort under qsort,
# setenv/unsetenv on an explicit environment and GNU getopt, compiled into the host unit tests
# and compared there with glibc's own functions (tests/unit/libc_*_test.cpp). The header-only
# parts (string search and copy, ctype, strtol, libgen) need no sources here.
UNIT_LIB_SOURCES += libc/string/error_text.cpp libc/string/signal_text.cpp \
                    libc/string/describe_number.cpp libc/stdlib/sort.cpp \
                    libc/stdlib/environment.cpp libc/getopt/parse_options.cpp

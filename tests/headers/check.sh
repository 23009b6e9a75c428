#!/usr/bin/env bash
# The public headers compile alone and together, as C (c89, c99, c11) and C++ (c++20), with
# nothing but themselves, the compiler's freestanding headers and the kernel's UAPI headers; and
# the ABI facts they promise hold on this arch (type widths, stdint/inttypes agreement).
#
#   tests/headers/check.sh <name> <compiler command> <include options...>
#
# <name> is arch/compiler; the include options are the ones vrt-cc gives (-nostdinc ...).
# Prints `PASS headers/<name>/<header>` or `FAIL ...: <first error>` per header, then one line
# for each whole-set check.
set -uo pipefail
name=$1
compiler=$2
shift 2
includes=("$@")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Every header under include/ and the arch's include/, by the name a program includes it with.
headers=$(cd include && find . -name '*.h' | sed 's|^\./||' | LC_ALL=C sort)

# compile <language> <standard> <source file>...: 0 when they compile warning-free.
compile() {
    local language=$1 standard=$2
    shift 2
    # shellcheck disable=SC2086  # the compiler command is words
    $compiler "${includes[@]}" -x "$language" -std="$standard" -Wall -Wextra -Werror -fsyntax-only "$@" \
        > "$work/log" 2>&1
}

first_error() { grep -m 1 -E 'error|warning' "$work/log" | sed "s|$work/||"; }

# One translation unit per header, named after it, including it twice (the include guard must
# hold too); each standard compiles all of them in one compiler run, and a header fails at the
# first standard whose diagnostics name its file.
mkdir -p "$work/one"
for header in $headers; do
    printf '#include <%s>\n#include <%s>\n' "$header" "$header" > "$work/one/${header//\//__}.c"
done
declare -A failure
for standard in c89 c99 c11 c++20; do
    language=c
    case $standard in c++*) language=c++ ;; esac
    # vrt/new.h is C++ by design (it stops a C compilation with #error).
    sources=$(for header in $headers; do
        [ "$header" = vrt/new.h ] && [ "$language" = c ] && continue
        echo "$work/one/${header//\//__}.c"
    done)
    # shellcheck disable=SC2086  # one word per file
    # A clean compilation blames no header: the log is searched only when there is something in it.
    compile "$language" "$standard" $sources && ! [ -s "$work/log" ] && continue
    for header in $headers; do
        [ -n "${failure[$header]:-}" ] && continue
        message=$(grep -m 1 -E "/one/${header//\//__}\.c:[0-9:]* (fatal )?(error|warning)|^In file included from $work/one/${header//\//__}\.c" -A 3 "$work/log" |
            grep -m 1 -E 'error|warning' | sed "s|$work/||")
        [ -n "$message" ] && failure[$header]="$standard: $message"
    done
done
for header in $headers; do
    if [ -n "${failure[$header]:-}" ]; then
        echo "FAIL headers/$name/$header: ${failure[$header]}"
    else
        echo "PASS headers/$name/$header"
    fi
done

# All of them in one file: each type and macro is defined once, or identically.
for header in $headers; do
    case $header in bits/*) ;; vrt/new.h) ;; *) echo "#include <$header>" ;; esac
done > "$work/all.c"
for standard in c11 c++20; do
    language=c
    case $standard in c++*) language=c++ ;; esac
    if compile "$language" "$standard" "$work/all.c"; then
        echo "PASS headers/$name/all-together/$standard"
    else
        echo "FAIL headers/$name/all-together/$standard: $(first_error)"
    fi
done

# What the headers promise about this arch, checked by the compiler: a wrong width or a
# PRI macro that does not fit its type is a compile error (-Werror=format).
cat > "$work/abi.c" <<'PROGRAM'
#include <inttypes.h>
#include <limits.h>
#include <signal.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/types.h>
#include <time.h>

_Static_assert(sizeof(off_t) == 8 && sizeof(time_t) == 8 && sizeof(ino_t) == 8 &&
                   sizeof(blkcnt_t) == 8 && sizeof(rlim_t) == 8, "64-bit on every arch");
_Static_assert(sizeof(struct timespec) == 16 && sizeof(struct timeval) == 16, "time64 layouts");
_Static_assert(offsetof(struct timespec, tv_nsec) == (__BYTE_ORDER__ == __ORDER_BIG_ENDIAN__ &&
                   sizeof(long) == 4 ? 12 : 8), "tv_nsec where the kernel's __kernel_timespec has it");
_Static_assert(sizeof(sigset_t) == 128 && sizeof(siginfo_t) == 128, "glibc's sizes");
_Static_assert(sizeof(ssize_t) == sizeof(size_t) && sizeof(intptr_t) == sizeof(void *),
               "word-sized types");
_Static_assert(SSIZE_MAX == PTRDIFF_MAX && LONG_BIT == sizeof(long) * CHAR_BIT, "limits");
_Static_assert(INT64_MAX == 0x7fffffffffffffff && UINT32_MAX == 0xffffffffu &&
                   INTPTR_MAX == (sizeof(void *) == 8 ? INT64_MAX : INT32_MAX) &&
                   SIZE_MAX == (size_t)-1 && UINT_FAST32_MAX == (uint_fast32_t)-1 &&
                   INT_FAST16_MIN == -1 - INT_FAST16_MAX, "stdint limits");
_Static_assert(_Generic(INT64_C(0), int64_t: 1, default: 0) &&
                   _Generic(UINT64_C(0), uint64_t: 1, default: 0) &&
                   _Generic(INTMAX_C(0), intmax_t: 1, default: 0) &&
                   _Generic(UINT32_C(0), uint_least32_t: 1, default: 0), "constant suffixes");
_Static_assert(SIGRTMIN == 32 && SIGRTMAX == _NSIG - 1 && SIGRTMAX >= 64, "real-time signals");

int formatted(const char *format, ...) __attribute__((format(printf, 1, 2)));
int scanned(const char *format, ...) __attribute__((format(scanf, 1, 2)));

#define BOTH(type, pri_d, pri_u, pri_x, scn_d, scn_u)                                         \
    do {                                                                                       \
        type value = 0;                                                                        \
        u##type unsigned_value = 0;                                                            \
        formatted("%" pri_d " %" pri_u " %" pri_x, value, unsigned_value, unsigned_value);     \
        scanned("%" scn_d " %" scn_u, &value, &unsigned_value);                                \
    } while (0)

void every_width(void) {
    BOTH(int8_t, PRId8, PRIu8, PRIx8, SCNd8, SCNu8);
    BOTH(int16_t, PRId16, PRIu16, PRIx16, SCNd16, SCNu16);
    BOTH(int32_t, PRId32, PRIu32, PRIX32, SCNd32, SCNu32);
    BOTH(int64_t, PRId64, PRIu64, PRIx64, SCNd64, SCNu64);
    BOTH(int_least8_t, PRIdLEAST8, PRIuLEAST8, PRIxLEAST8, SCNdLEAST8, SCNuLEAST8);
    BOTH(int_least16_t, PRIdLEAST16, PRIuLEAST16, PRIxLEAST16, SCNdLEAST16, SCNuLEAST16);
    BOTH(int_least32_t, PRIdLEAST32, PRIuLEAST32, PRIxLEAST32, SCNdLEAST32, SCNuLEAST32);
    BOTH(int_least64_t, PRIdLEAST64, PRIuLEAST64, PRIxLEAST64, SCNdLEAST64, SCNuLEAST64);
    BOTH(int_fast8_t, PRIdFAST8, PRIuFAST8, PRIxFAST8, SCNdFAST8, SCNuFAST8);
    BOTH(int_fast16_t, PRIdFAST16, PRIuFAST16, PRIxFAST16, SCNdFAST16, SCNuFAST16);
    BOTH(int_fast32_t, PRIdFAST32, PRIuFAST32, PRIxFAST32, SCNdFAST32, SCNuFAST32);
    BOTH(int_fast64_t, PRIdFAST64, PRIuFAST64, PRIxFAST64, SCNdFAST64, SCNuFAST64);
    BOTH(intptr_t, PRIdPTR, PRIuPTR, PRIxPTR, SCNdPTR, SCNuPTR);
    BOTH(intmax_t, PRIdMAX, PRIuMAX, PRIXMAX, SCNdMAX, SCNuMAX);
}
PROGRAM
# The macros a program expands in its own code give no warning that glibc's do not, even under
# -Wconversion -Wsign-conversion (FD_SET's bit once mixed unsigned long into long words).
cat > "$work/macros.c" <<'PROGRAM'
#include <sys/select.h>
#include <sys/stat.h>
#include <sys/wait.h>

int expand(int fd, int status, mode_t mode);
int expand(int fd, int status, mode_t mode) {
    fd_set set;
    FD_ZERO(&set);
    FD_SET(fd, &set);
    int result = FD_ISSET(fd, &set);
    FD_CLR(fd, &set);
    if (WIFEXITED(status)) result += WEXITSTATUS(status);
    if (WIFSIGNALED(status)) result += WTERMSIG(status);
    if (WIFSTOPPED(status)) result += WSTOPSIG(status);
    return result + S_ISDIR(mode) + S_ISREG(mode) + S_ISLNK(mode) + S_ISFIFO(mode) + S_ISCHR(mode) +
           S_ISBLK(mode) + S_ISSOCK(mode);
}
PROGRAM
if compile c c11 -Wconversion -Wsign-conversion "$work/macros.c"; then
    echo "PASS headers/$name/macros-warning-free"
else
    echo "FAIL headers/$name/macros-warning-free: $(first_error)"
fi

if compile c c11 "$work/abi.c"; then
    echo "PASS headers/$name/abi-facts"
else
    echo "FAIL headers/$name/abi-facts: $(first_error)"
fi

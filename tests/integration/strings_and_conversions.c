// The string, conversion, sorting and ctype functions from a real link: strdup and strndup on
// libvrt's malloc, strerror's texts found by the errno names of this architecture (MIPS and
// PowerPC number some differently), strsignal, strtol and errno, qsort, basename/dirname.
#include <ctype.h>
#include <libgen.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <vrt/signal.h>

#include "self_check.h"

// The compiler knows these functions and would compute calls on literals itself: every string
// goes through opaque() so that the calls reach libvrt.
#define S(literal) ((char *)opaque((void *)(literal)))

static int compare_ints(const void *a, const void *b) {
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

static void check_strings_functions(void) {
    char *copy = strdup(S("hello, world"));
    check_strings(copy, "hello, world", "strdup");
    char *part = strndup(S("hello, world"), 5);
    check_strings(part, "hello", "strndup");
    free(copy);
    free(part);
    char buffer[32] = "a,b,,c";
    char *saved, *token = strtok_r(buffer, ",", &saved);
    check_strings(token, "a", "strtok_r first token");
    token = strtok_r(0, ",", &saved);
    check_strings(token, "b", "strtok_r second token");
    check_strings(strtok_r(0, ",", &saved), "c", "strtok_r skips empty fields");
    check(strtok_r(0, ",", &saved) == 0, "strtok_r ends");
    check_strings(strstr(S("find the needle"), S("needle")), "needle", "strstr");
    check_strings(strrchr(S("a/b/c"), '/'), "/c", "strrchr");
    check_equal((long long)strspn(S("  x"), S(" ")), 2, "strspn");
    check_equal((long long)strcspn(S("abc:d"), S(":")), 3, "strcspn");
    check(memchr(S("abc"), 'c', 3) != 0 && memchr(S("abc"), 'd', 3) == 0, "memchr");
    strcpy(buffer, S("x"));
    strcat(buffer, S("yz"));
    strncat(buffer, S("0123"), 2);
    check_strings(buffer, "xyz01", "strcpy, strcat, strncat");
    check(strcasecmp(S("HeLLo"), S("hello")) == 0 && strncasecmp(S("abX"), S("ABy"), 2) == 0, "strcasecmp, strncasecmp");
}

static void check_texts(void) {
    check_strings(strerror(0), "Success", "strerror(0)");
    check_strings(strerror(ENOENT), "No such file or directory", "strerror(ENOENT)");
    check_strings(strerror(EAGAIN), "Resource temporarily unavailable", "strerror(EAGAIN)");
    check_strings(strerror(EDQUOT), "Disk quota exceeded", "strerror(EDQUOT) (1133 on MIPS)");
    check_strings(strerror(EHWPOISON), "Memory page has hardware error", "strerror(EHWPOISON)");
    check_strings(strerror(EDEADLK), "Resource deadlock avoided", "strerror(EDEADLK)");
    if (EDEADLOCK != EDEADLK)
        check_strings(strerror(EDEADLOCK), "File locking deadlock error", "strerror(EDEADLOCK), its own number here");
    check_strings(strerror(-1), "Unknown error -1", "strerror(-1)");
    check_strings(strerror(100000), "Unknown error 100000", "strerror(100000)");
    check_strings(strsignal(SIGHUP), "Hangup", "strsignal(SIGHUP)");
    check_strings(strsignal(SIGUSR1), "User defined signal 1", "strsignal(SIGUSR1)");
    check_strings(strsignal(SIGCHLD), "Child exited", "strsignal(SIGCHLD)");
    check_strings(strsignal(SIGRTMIN + 2), "Real-time signal 2", "strsignal(SIGRTMIN + 2)");
    check_strings(strsignal(0), "Unknown signal 0", "strsignal(0)");
}

static void check_conversions(void) {
    char *end;
    errno = 0;
    check_equal(strtol(S("  -0x1fz"), &end, 0), -31, "strtol base 0 hex");
    check_strings(end, "z", "strtol end");
    check_equal(errno, 0, "errno untouched on success");
    check_equal(strtoll(S("9223372036854775808"), 0, 10), 9223372036854775807LL, "strtoll overflow gives LLONG_MAX");
    check_equal(errno, ERANGE, "and ERANGE");
    check(strtoul(S("-1"), 0, 10) == (unsigned long)-1, "strtoul(\"-1\") is ULONG_MAX");
    check(strtoull(S("0x"), &end, 16) == 0 && *end == 'x', "\"0x\" parses as 0, ending at the x");
    errno = 0;
    check_equal(strtol(S("12"), &end, 1), 0, "base 1");
    check_equal(errno, EINVAL, "gives EINVAL");
    check_equal(atoi(S(" 42x")), 42, "atoi");
    check_equal(atol(S("-7")), -7, "atol");
    check_equal(atoll(S("123456789012")), 123456789012LL, "atoll");
    check_equal(abs(*(int *)opaque(&(int){-3})) + labs(-4L) + llabs(-5LL), 12, "abs, labs, llabs");
}

static void check_sort_ctype_libgen(void) {
    int values[200];
    for (int i = 0; i < 200; ++i) values[i] = (i * 7919) % 200 - 100;
    qsort(values, 200, sizeof values[0], compare_ints);
    int sorted = 1;
    for (int i = 1; i < 200; ++i) sorted &= values[i - 1] <= values[i];
    check(sorted && values[0] == -100 && values[199] == 99, "qsort of 200 ints");
    check(isalpha(*(int *)opaque(&(int){'a'})) && !isalpha('1') && !isalpha(200) && !isalpha(-1), "isalpha (and EOF)");
    check(isspace('\v') && !isspace('x') && isxdigit('F') && !isxdigit('g'), "isspace, isxdigit");
    check(toupper('q') == 'Q' && tolower('Q') == 'q' && toupper('1') == '1', "toupper, tolower");
    char path[] = "/usr/lib/", path2[] = "/usr/lib";
    check_strings(basename(path), "lib", "basename(\"/usr/lib/\")");
    check_strings(dirname(path2), "/usr", "dirname(\"/usr/lib\")");
    check_strings(dirname(0), ".", "dirname(NULL)");
}

int main(void) {
    check_strings_functions();
    check_texts();
    check_conversions();
    check_sort_ctype_libgen();
    return check_result();
}

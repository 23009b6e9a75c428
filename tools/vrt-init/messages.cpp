// What vrt-init prints: its messages, and the names of signals and errors in them.
#include <stdarg.h>
#include <vrt/errno.h>
#include <vrt/string.h>
#include <vrt/unistd.h>

#include "init.h"

namespace init {

bool verbose = false;

namespace {

struct Named {
    int number;
    const char *name;
};

constexpr Named signal_names[] = {
    {SIGHUP, "SIGHUP"},     {SIGINT, "SIGINT"},       {SIGQUIT, "SIGQUIT"},   {SIGILL, "SIGILL"},
    {SIGTRAP, "SIGTRAP"},   {SIGABRT, "SIGABRT"},     {SIGBUS, "SIGBUS"},     {SIGFPE, "SIGFPE"},
    {SIGKILL, "SIGKILL"},   {SIGUSR1, "SIGUSR1"},     {SIGSEGV, "SIGSEGV"},   {SIGUSR2, "SIGUSR2"},
    {SIGPIPE, "SIGPIPE"},   {SIGALRM, "SIGALRM"},     {SIGTERM, "SIGTERM"},   {SIGCHLD, "SIGCHLD"},
    {SIGCONT, "SIGCONT"},   {SIGSTOP, "SIGSTOP"},     {SIGTSTP, "SIGTSTP"},   {SIGTTIN, "SIGTTIN"},
    {SIGTTOU, "SIGTTOU"},   {SIGURG, "SIGURG"},       {SIGXCPU, "SIGXCPU"},   {SIGXFSZ, "SIGXFSZ"},
    {SIGVTALRM, "SIGVTALRM"}, {SIGPROF, "SIGPROF"},   {SIGWINCH, "SIGWINCH"}, {SIGIO, "SIGIO"},
    {SIGPWR, "SIGPWR"},     {SIGSYS, "SIGSYS"},
};

constexpr Named error_texts[] = {
    {ENOENT, "no such file or directory"},
    {ENOTDIR, "a path component is not a directory"},
    {EACCES, "permission denied"},
    {ENOEXEC, "not an executable format"},
    {EISDIR, "is a directory"},
    {ELOOP, "too many symbolic links"},
    {ENAMETOOLONG, "name too long"},
    {E2BIG, "argument list too long"},
    {ENOMEM, "out of memory"},
    {ETXTBSY, "text file busy"},
    {EPERM, "operation not permitted"},
    {EINVAL, "invalid argument"},
    {EBUSY, "device or resource busy"},
    {ENODEV, "no such device"},
    {EAGAIN, "resource temporarily unavailable"},
    {ESRCH, "no such process"},
    {ECHILD, "no child processes"},
};

// Appends `text` to line[0..*length) without passing `capacity`.
void append(char *line, size_t capacity, size_t *length, const char *text, size_t n) {
    for (size_t i = 0; i < n && *length < capacity; ++i) line[(*length)++] = text[i];
}

// The decimal text of v at the end of buf (24 bytes); returns its start.
const char *decimal(long v, char *buf) {
    char *p = buf + 23;
    *p = '\0';
    unsigned long u = v < 0 ? 0UL - static_cast<unsigned long>(v) : static_cast<unsigned long>(v);
    do *--p = static_cast<char>('0' + u % 10); while ((u /= 10) != 0);
    if (v < 0) *--p = '-';
    return p;
}

// The messages use only %s, %d and %c, so they are formatted here rather than through libvrt's
// printf family: that keeps the general formatter, a third of the size, out of an init.
void say_list(const char *format, va_list arguments) {
    char line[512];
    const size_t capacity = sizeof line - 1;
    size_t length = 0;
    append(line, capacity, &length, "vrt-init: ", 10);
    for (const char *f = format; *f; ++f) {
        char digits[24];
        if (f[0] != '%' || !f[1]) {
            append(line, capacity, &length, f, 1);
            continue;
        }
        switch (*++f) {
            case 's': {
                const char *text = va_arg(arguments, const char *);
                if (!text) text = "(null)";
                append(line, capacity, &length, text, strlen(text));
                break;
            }
            case 'd': {
                const char *text = decimal(va_arg(arguments, int), digits);
                append(line, capacity, &length, text, strlen(text));
                break;
            }
            case 'c': {
                char c = static_cast<char>(va_arg(arguments, int));
                append(line, capacity, &length, &c, 1);
                break;
            }
            default: append(line, capacity, &length, f - 1, 2); break;
        }
    }
    line[length++] = '\n';
    write(2, line, length);  // one write, so lines from the child and from us do not mix
}

}  // namespace

void say(const char *format, ...) {
    va_list arguments;
    va_start(arguments, format);
    say_list(format, arguments);
    va_end(arguments);
}

void note(const char *format, ...) {
    if (!verbose) return;
    va_list arguments;
    va_start(arguments, format);
    say_list(format, arguments);
    va_end(arguments);
}

const char *signal_name(int sig) {
    for (const Named &s : signal_names)
        if (s.number == sig) return s.name;
    return nullptr;
}

int signal_number(const char *text) {
    if (*text >= '0' && *text <= '9') {
        int n = 0;
        for (; *text >= '0' && *text <= '9'; ++text)
            if ((n = n * 10 + (*text - '0')) >= _NSIG) return 0;
        return *text ? 0 : n;
    }
    if (strncmp(text, "SIG", 3) == 0) text += 3;
    for (const Named &s : signal_names)
        if (strcmp(s.name + 3, text) == 0) return s.number;
    return 0;
}

const char *error_text(int error) {
    for (const Named &e : error_texts)
        if (e.number == error) return e.name;
    static char other[32] = "errno ";
    char digits[24];
    const char *n = decimal(error, digits);
    memcpy(other + 6, n, strlen(n) + 1);
    return other;
}

}  // namespace init

// err, errx, warn, warnx and their v-forms (err(3)), on the stdio streams: the program's short
// name, the message, and for err and warn ": " and the text of errno as it was at the call.
#include <err.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern "C" char *program_invocation_short_name;

namespace {

void report(const char *format, va_list arguments, const int *error) {
    fflush(stdout);  // what the program printed before comes before the message, as in glibc
    fprintf(stderr, "%s: ", program_invocation_short_name);
    if (format) vfprintf(stderr, format, arguments);
    if (error) fprintf(stderr, format ? ": %s" : "%s", strerror(*error));
    fputc('\n', stderr);
}

}  // namespace

extern "C" {

void vwarn(const char *format, va_list arguments) {
    int error = errno;
    report(format, arguments, &error);
}

void vwarnx(const char *format, va_list arguments) { report(format, arguments, nullptr); }

void warn(const char *format, ...) {
    va_list arguments;
    va_start(arguments, format);
    vwarn(format, arguments);
    va_end(arguments);
}

void warnx(const char *format, ...) {
    va_list arguments;
    va_start(arguments, format);
    vwarnx(format, arguments);
    va_end(arguments);
}

void verr(int status, const char *format, va_list arguments) {
    vwarn(format, arguments);
    exit(status);
}

void verrx(int status, const char *format, va_list arguments) {
    vwarnx(format, arguments);
    exit(status);
}

void err(int status, const char *format, ...) {
    va_list arguments;
    va_start(arguments, format);
    verr(status, format, arguments);
}

void errx(int status, const char *format, ...) {
    va_list arguments;
    va_start(arguments, format);
    verrx(status, format, arguments);
}

}

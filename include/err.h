/* <err.h>: the BSD error messages glibc and musl also have. Each writes to standard error the
 * program's short name (program_invocation_short_name), then ": " and the formatted message;
 * warn and err then add ": " and strerror(errno); a newline ends it. err and errx then exit(status).
 * See err(3). */
#ifndef VRT_ERR_H
#define VRT_ERR_H

#include <stdarg.h>
#include <vrt/cdefs.h>

VRT_BEGIN_DECLS

void warn(const char *format, ...) VRT_PRINTF(1, 2);
void vwarn(const char *format, va_list arguments) VRT_PRINTF(1, 0);
void warnx(const char *format, ...) VRT_PRINTF(1, 2);
void vwarnx(const char *format, va_list arguments) VRT_PRINTF(1, 0);
VRT_NORETURN void err(int status, const char *format, ...) VRT_PRINTF(2, 3);
VRT_NORETURN void verr(int status, const char *format, va_list arguments) VRT_PRINTF(2, 0);
VRT_NORETURN void errx(int status, const char *format, ...) VRT_PRINTF(2, 3);
VRT_NORETURN void verrx(int status, const char *format, va_list arguments) VRT_PRINTF(2, 0);

VRT_END_DECLS

#endif

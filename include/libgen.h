/* <libgen.h>: POSIX basename and dirname. Both may write a NUL into the path to cut trailing
 * slashes off, so the path must be writable (a string literal is undefined), and both may
 * return a pointer to a static "." instead. For "/usr/lib": "lib" and "/usr"; for "/": "/" and
 * "/"; for "" and NULL: "." and ".". These are not GNU's basename from <string.h>, which never
 * writes and returns "" for "/usr/". */
#ifndef VRT_LIBGEN_H
#define VRT_LIBGEN_H

#include <vrt/cdefs.h>

VRT_BEGIN_DECLS

/* The symbol `basename` is GNU's (<string.h>, with _GNU_SOURCE), as in glibc: this header
 * renames the POSIX one, so a program gets the one its headers promise. */
char *__xpg_basename(char *path);
#define basename __xpg_basename
char *dirname(char *path);

VRT_END_DECLS

#endif

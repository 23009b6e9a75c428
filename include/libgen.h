/* <libgen.h>: POSIX basename and dirname. Both may write a NUL into the path to cut trailing
 * slashes off, so the path must be writable (a string literal is undefined), and both may
 * return a pointer to a static "." instead. For "/usr/lib": "lib" and "/usr"; for "/": "/" and
 * "/"; for "" and NULL: "." and ".". These are not GNU's basename from <string.h>, which never
 * writes and returns "" for "/usr/". */
#ifndef VRT_LIBGEN_H
#define VRT_LIBGEN_H

#include <vrt/cdefs.h>

VRT_BEGIN_DECLS

char *basename(char *path);
char *dirname(char *path);

VRT_END_DECLS

#endif

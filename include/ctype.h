/* <ctype.h> for the C locale, the only one libvrt has: ASCII classes; EOF and 128-255 are in
 * none, and tolower/toupper change only ASCII letters. Functions, not macros, so an argument is
 * evaluated once. Undefined, as C says: any value other than EOF and 0..255 (libvrt answers
 * "no class"; tolower and toupper return -128..-2, a signed char above 127, as the byte it
 * stands for, as glibc does, and anything else unchanged). */
#ifndef VRT_CTYPE_H
#define VRT_CTYPE_H

#include <vrt/cdefs.h>

VRT_BEGIN_DECLS

int isalnum(int c);
int isalpha(int c);
int isblank(int c);
int iscntrl(int c);
int isdigit(int c);
int isgraph(int c);
int islower(int c);
int isprint(int c);
int ispunct(int c);
int isspace(int c);
int isupper(int c);
int isxdigit(int c);
int tolower(int c);
int toupper(int c);
/* X/Open: whether c is 0..127, and c's low seven bits. */
int isascii(int c);
int toascii(int c);

VRT_END_DECLS

#endif

/* <strings.h>: the case-insensitive comparisons, in the C locale (only A-Z and a-z differ in
 * case). */
#ifndef VRT_STRINGS_H
#define VRT_STRINGS_H

#define __need_size_t
#include <stddef.h>
#include <vrt/cdefs.h>

VRT_BEGIN_DECLS

int strcasecmp(const char *a, const char *b);
int strncasecmp(const char *a, const char *b, size_t n);

VRT_END_DECLS

#endif

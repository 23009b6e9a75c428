/* assert (C <assert.h>). Deliberately without an include guard for the macro: each inclusion
 * defines assert afresh from whether NDEBUG is defined at that point, as C requires. */
#undef assert
#ifdef NDEBUG
#define assert(expression) ((void)0)
#else
/* Writes "program: file:line: function: Assertion `expression' failed." to standard error,
 * as glibc does, then calls abort(). */
#define assert(expression) \
    ((expression) ? (void)0 : __assert_fail(#expression, __FILE__, __LINE__, __func__))
#endif

#ifndef _ASSERT_H
#define _ASSERT_H

#include <vrt/cdefs.h>

#if !defined(__cplusplus) && defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L && \
    __STDC_VERSION__ < 202311L
#define static_assert _Static_assert
#endif

VRT_BEGIN_DECLS
VRT_NORETURN void __assert_fail(const char *expression, const char *file, unsigned int line,
                                const char *function);
VRT_END_DECLS

#endif

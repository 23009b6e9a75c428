/* Integer types of given widths (stdint.h(0p)), from the compiler's predefined macros, so no
 * hosted header is needed behind this one.
 *
 * The exact-width types are the compiler's (__INT64_TYPE__ ...). Where gcc and clang disagree, or
 * a kernel header can change the compiler's answer, the type follows the Linux ABI every libc
 * on these arches uses (LP64: long; ILP32: int), so that C++ names and printf formats agree
 * whichever compiler built a file:
 *  - int_fast16_t and int_fast32_t: gcc says long/int, clang says short/int;
 *  - intptr_t: arm's <asm/types.h> redefines __UINTPTR_TYPE__ as unsigned long
 *    (arch/arm/include/uapi/asm/types.h), so a file that includes it first would disagree. */
#ifndef VRT_STDINT_H
#define VRT_STDINT_H

typedef __INT8_TYPE__ int8_t;
typedef __INT16_TYPE__ int16_t;
typedef __INT32_TYPE__ int32_t;
typedef __INT64_TYPE__ int64_t;
typedef __UINT8_TYPE__ uint8_t;
typedef __UINT16_TYPE__ uint16_t;
typedef __UINT32_TYPE__ uint32_t;
typedef __UINT64_TYPE__ uint64_t;

typedef int8_t int_least8_t;
typedef int16_t int_least16_t;
typedef int32_t int_least32_t;
typedef int64_t int_least64_t;
typedef uint8_t uint_least8_t;
typedef uint16_t uint_least16_t;
typedef uint32_t uint_least32_t;
typedef uint64_t uint_least64_t;

#if __SIZEOF_LONG__ == 8
#define __VRT_WORD long
#else
#define __VRT_WORD int
#endif

typedef signed char int_fast8_t;
typedef __VRT_WORD int_fast16_t;
typedef __VRT_WORD int_fast32_t;
typedef int64_t int_fast64_t;
typedef unsigned char uint_fast8_t;
typedef unsigned __VRT_WORD uint_fast16_t;
typedef unsigned __VRT_WORD uint_fast32_t;
typedef uint64_t uint_fast64_t;

typedef __VRT_WORD intptr_t;
typedef unsigned __VRT_WORD uintptr_t;

typedef int64_t intmax_t;
typedef uint64_t uintmax_t;

#undef __VRT_WORD

#define INT8_MIN (-1 - INT8_MAX)
#define INT16_MIN (-1 - INT16_MAX)
#define INT32_MIN (-1 - INT32_MAX)
#define INT64_MIN (-1 - INT64_MAX)
#define INT8_MAX __INT8_MAX__
#define INT16_MAX __INT16_MAX__
#define INT32_MAX __INT32_MAX__
#define INT64_MAX __INT64_MAX__
#define UINT8_MAX __UINT8_MAX__
#define UINT16_MAX __UINT16_MAX__
#define UINT32_MAX __UINT32_MAX__
#define UINT64_MAX __UINT64_MAX__

#define INT_LEAST8_MIN INT8_MIN
#define INT_LEAST16_MIN INT16_MIN
#define INT_LEAST32_MIN INT32_MIN
#define INT_LEAST64_MIN INT64_MIN
#define INT_LEAST8_MAX INT8_MAX
#define INT_LEAST16_MAX INT16_MAX
#define INT_LEAST32_MAX INT32_MAX
#define INT_LEAST64_MAX INT64_MAX
#define UINT_LEAST8_MAX UINT8_MAX
#define UINT_LEAST16_MAX UINT16_MAX
#define UINT_LEAST32_MAX UINT32_MAX
#define UINT_LEAST64_MAX UINT64_MAX

#define INT_FAST8_MIN INT8_MIN
#define INT_FAST8_MAX INT8_MAX
#define UINT_FAST8_MAX UINT8_MAX
#define INT_FAST64_MIN INT64_MIN
#define INT_FAST64_MAX INT64_MAX
#define UINT_FAST64_MAX UINT64_MAX
#if __SIZEOF_LONG__ == 8
#define INT_FAST16_MIN INT64_MIN
#define INT_FAST16_MAX INT64_MAX
#define UINT_FAST16_MAX UINT64_MAX
#define INT_FAST32_MIN INT64_MIN
#define INT_FAST32_MAX INT64_MAX
#define UINT_FAST32_MAX UINT64_MAX
#define INTPTR_MIN INT64_MIN
#define INTPTR_MAX INT64_MAX
#define UINTPTR_MAX UINT64_MAX
#else
#define INT_FAST16_MIN INT32_MIN
#define INT_FAST16_MAX INT32_MAX
#define UINT_FAST16_MAX UINT32_MAX
#define INT_FAST32_MIN INT32_MIN
#define INT_FAST32_MAX INT32_MAX
#define UINT_FAST32_MAX UINT32_MAX
#define INTPTR_MIN INT32_MIN
#define INTPTR_MAX INT32_MAX
#define UINTPTR_MAX UINT32_MAX
#endif

#define INTMAX_MIN INT64_MIN
#define INTMAX_MAX INT64_MAX
#define UINTMAX_MAX UINT64_MAX

#define PTRDIFF_MIN (-1 - PTRDIFF_MAX)
#define PTRDIFF_MAX __PTRDIFF_MAX__
#define SIZE_MAX __SIZE_MAX__
#define SIG_ATOMIC_MIN INT32_MIN /* sig_atomic_t is int (signal.h) */
#define SIG_ATOMIC_MAX INT32_MAX
#define WCHAR_MAX __WCHAR_MAX__
#ifdef __WCHAR_MIN__
#define WCHAR_MIN __WCHAR_MIN__
#elif __WCHAR_UNSIGNED__ || (defined(__WCHAR_MAX__) && __WCHAR_MAX__ == 0xffffffffU)
#define WCHAR_MIN 0U
#else
#define WCHAR_MIN (-1 - WCHAR_MAX)
#endif
#define WINT_MAX __WINT_MAX__
#ifdef __WINT_MIN__
#define WINT_MIN __WINT_MIN__
#else
#define WINT_MIN 0U
#endif

/* Constants of the least types: the suffix that gives each its type. */
#define INT8_C(c) c
#define INT16_C(c) c
#define INT32_C(c) c
#define UINT8_C(c) c
#define UINT16_C(c) c
#define UINT32_C(c) c##U
#if __SIZEOF_LONG__ == 8
#define INT64_C(c) c##L
#define UINT64_C(c) c##UL
#else
#define INT64_C(c) c##LL
#define UINT64_C(c) c##ULL
#endif
#define INTMAX_C(c) INT64_C(c)
#define UINTMAX_C(c) UINT64_C(c)

#endif

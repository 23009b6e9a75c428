/* printf and scanf conversions for the <stdint.h> types (inttypes.h(0p)), imaxabs, strtoimax
 * and strtoumax. libvrt has no imaxdiv and no wide characters (wcstoimax), so those are not
 * declared.
 * The length modifiers follow stdint.h's choices: 64-bit types are long on LP64 arches and
 * long long on ILP32 ones; the fast 16/32-bit types and intptr_t are a word (long or int). */
#ifndef VRT_INTTYPES_H
#define VRT_INTTYPES_H

#include <stdint.h>
#include <vrt/cdefs.h>

#if __SIZEOF_LONG__ == 8
#define __VRT_PRI64 "l"
#define __VRT_PRIWORD "l"
#else
#define __VRT_PRI64 "ll"
#define __VRT_PRIWORD ""
#endif


#define PRId8 "d"
#define PRIi8 "i"
#define PRIo8 "o"
#define PRIu8 "u"
#define PRIx8 "x"
#define PRIX8 "X"
#define SCNd8 "hhd"
#define SCNi8 "hhi"
#define SCNo8 "hho"
#define SCNu8 "hhu"
#define SCNx8 "hhx"

#define PRId16 "d"
#define PRIi16 "i"
#define PRIo16 "o"
#define PRIu16 "u"
#define PRIx16 "x"
#define PRIX16 "X"
#define SCNd16 "hd"
#define SCNi16 "hi"
#define SCNo16 "ho"
#define SCNu16 "hu"
#define SCNx16 "hx"

#define PRId32 "d"
#define PRIi32 "i"
#define PRIo32 "o"
#define PRIu32 "u"
#define PRIx32 "x"
#define PRIX32 "X"
#define SCNd32 "d"
#define SCNi32 "i"
#define SCNo32 "o"
#define SCNu32 "u"
#define SCNx32 "x"

#define PRId64 __VRT_PRI64 "d"
#define PRIi64 __VRT_PRI64 "i"
#define PRIo64 __VRT_PRI64 "o"
#define PRIu64 __VRT_PRI64 "u"
#define PRIx64 __VRT_PRI64 "x"
#define PRIX64 __VRT_PRI64 "X"
#define SCNd64 __VRT_PRI64 "d"
#define SCNi64 __VRT_PRI64 "i"
#define SCNo64 __VRT_PRI64 "o"
#define SCNu64 __VRT_PRI64 "u"
#define SCNx64 __VRT_PRI64 "x"

#define PRIdLEAST8 "d"
#define PRIiLEAST8 "i"
#define PRIoLEAST8 "o"
#define PRIuLEAST8 "u"
#define PRIxLEAST8 "x"
#define PRIXLEAST8 "X"
#define SCNdLEAST8 "hhd"
#define SCNiLEAST8 "hhi"
#define SCNoLEAST8 "hho"
#define SCNuLEAST8 "hhu"
#define SCNxLEAST8 "hhx"

#define PRIdLEAST16 "d"
#define PRIiLEAST16 "i"
#define PRIoLEAST16 "o"
#define PRIuLEAST16 "u"
#define PRIxLEAST16 "x"
#define PRIXLEAST16 "X"
#define SCNdLEAST16 "hd"
#define SCNiLEAST16 "hi"
#define SCNoLEAST16 "ho"
#define SCNuLEAST16 "hu"
#define SCNxLEAST16 "hx"

#define PRIdLEAST32 "d"
#define PRIiLEAST32 "i"
#define PRIoLEAST32 "o"
#define PRIuLEAST32 "u"
#define PRIxLEAST32 "x"
#define PRIXLEAST32 "X"
#define SCNdLEAST32 "d"
#define SCNiLEAST32 "i"
#define SCNoLEAST32 "o"
#define SCNuLEAST32 "u"
#define SCNxLEAST32 "x"

#define PRIdLEAST64 __VRT_PRI64 "d"
#define PRIiLEAST64 __VRT_PRI64 "i"
#define PRIoLEAST64 __VRT_PRI64 "o"
#define PRIuLEAST64 __VRT_PRI64 "u"
#define PRIxLEAST64 __VRT_PRI64 "x"
#define PRIXLEAST64 __VRT_PRI64 "X"
#define SCNdLEAST64 __VRT_PRI64 "d"
#define SCNiLEAST64 __VRT_PRI64 "i"
#define SCNoLEAST64 __VRT_PRI64 "o"
#define SCNuLEAST64 __VRT_PRI64 "u"
#define SCNxLEAST64 __VRT_PRI64 "x"

#define PRIdFAST8 "d"
#define PRIiFAST8 "i"
#define PRIoFAST8 "o"
#define PRIuFAST8 "u"
#define PRIxFAST8 "x"
#define PRIXFAST8 "X"
#define SCNdFAST8 "hhd"
#define SCNiFAST8 "hhi"
#define SCNoFAST8 "hho"
#define SCNuFAST8 "hhu"
#define SCNxFAST8 "hhx"

#define PRIdFAST16 __VRT_PRIWORD "d"
#define PRIiFAST16 __VRT_PRIWORD "i"
#define PRIoFAST16 __VRT_PRIWORD "o"
#define PRIuFAST16 __VRT_PRIWORD "u"
#define PRIxFAST16 __VRT_PRIWORD "x"
#define PRIXFAST16 __VRT_PRIWORD "X"
#define SCNdFAST16 __VRT_PRIWORD "d"
#define SCNiFAST16 __VRT_PRIWORD "i"
#define SCNoFAST16 __VRT_PRIWORD "o"
#define SCNuFAST16 __VRT_PRIWORD "u"
#define SCNxFAST16 __VRT_PRIWORD "x"

#define PRIdFAST32 __VRT_PRIWORD "d"
#define PRIiFAST32 __VRT_PRIWORD "i"
#define PRIoFAST32 __VRT_PRIWORD "o"
#define PRIuFAST32 __VRT_PRIWORD "u"
#define PRIxFAST32 __VRT_PRIWORD "x"
#define PRIXFAST32 __VRT_PRIWORD "X"
#define SCNdFAST32 __VRT_PRIWORD "d"
#define SCNiFAST32 __VRT_PRIWORD "i"
#define SCNoFAST32 __VRT_PRIWORD "o"
#define SCNuFAST32 __VRT_PRIWORD "u"
#define SCNxFAST32 __VRT_PRIWORD "x"

#define PRIdFAST64 __VRT_PRI64 "d"
#define PRIiFAST64 __VRT_PRI64 "i"
#define PRIoFAST64 __VRT_PRI64 "o"
#define PRIuFAST64 __VRT_PRI64 "u"
#define PRIxFAST64 __VRT_PRI64 "x"
#define PRIXFAST64 __VRT_PRI64 "X"
#define SCNdFAST64 __VRT_PRI64 "d"
#define SCNiFAST64 __VRT_PRI64 "i"
#define SCNoFAST64 __VRT_PRI64 "o"
#define SCNuFAST64 __VRT_PRI64 "u"
#define SCNxFAST64 __VRT_PRI64 "x"

#define PRIdPTR __VRT_PRIWORD "d"
#define PRIiPTR __VRT_PRIWORD "i"
#define PRIoPTR __VRT_PRIWORD "o"
#define PRIuPTR __VRT_PRIWORD "u"
#define PRIxPTR __VRT_PRIWORD "x"
#define PRIXPTR __VRT_PRIWORD "X"
#define SCNdPTR __VRT_PRIWORD "d"
#define SCNiPTR __VRT_PRIWORD "i"
#define SCNoPTR __VRT_PRIWORD "o"
#define SCNuPTR __VRT_PRIWORD "u"
#define SCNxPTR __VRT_PRIWORD "x"

#define PRIdMAX __VRT_PRI64 "d"
#define PRIiMAX __VRT_PRI64 "i"
#define PRIoMAX __VRT_PRI64 "o"
#define PRIuMAX __VRT_PRI64 "u"
#define PRIxMAX __VRT_PRI64 "x"
#define PRIXMAX __VRT_PRI64 "X"
#define SCNdMAX __VRT_PRI64 "d"
#define SCNiMAX __VRT_PRI64 "i"
#define SCNoMAX __VRT_PRI64 "o"
#define SCNuMAX __VRT_PRI64 "u"
#define SCNxMAX __VRT_PRI64 "x"

VRT_BEGIN_DECLS

/* imaxabs(INTMAX_MIN) is undefined, as in C; it returns INTMAX_MIN, as glibc's code does. */
intmax_t imaxabs(intmax_t value);
/* strtol and strtoul (see <stdlib.h>) for intmax_t and uintmax_t: the same white space, signs,
 * prefixes, *end, EINVAL and ERANGE. */
intmax_t strtoimax(const char *VRT_RESTRICT text, char **VRT_RESTRICT end, int base);
uintmax_t strtoumax(const char *VRT_RESTRICT text, char **VRT_RESTRICT end, int base);

VRT_END_DECLS

#endif

/* arc4random(3), as glibc 2.36 added it to <stdlib.h> (and the BSDs have it): random numbers
 * from the kernel's generator, through the vDSO's getrandom where there is one. They never
 * fail and never set errno: without entropy the process is ended (libvrt: cannot get entropy
 * for arc4random), as glibc does. */
#ifndef VRT_BITS_ARC4RANDOM_H
#define VRT_BITS_ARC4RANDOM_H

#include <stddef.h>
#include <vrt/cdefs.h>

VRT_BEGIN_DECLS
/* 32 random bits. */
__UINT32_TYPE__ arc4random(void);
/* Fills buf with n random bytes. */
void arc4random_buf(void *buf, size_t n);
/* A number in [0, upper_bound), every one equally likely (no modulo bias); 0 when upper_bound
 * is 0 or 1. */
__UINT32_TYPE__ arc4random_uniform(__UINT32_TYPE__ upper_bound);
VRT_END_DECLS

#endif

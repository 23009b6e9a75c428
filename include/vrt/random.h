/* Kept for programs written against libvrt's first headers: see <sys/random.h>. */
#ifndef VRT_RANDOM_H_FORWARD
#define VRT_RANDOM_H_FORWARD

#include <sys/random.h>
#include <bits/arc4random.h>

#endif

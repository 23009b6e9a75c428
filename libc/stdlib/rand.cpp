// rand(3), srand, rand_r, random(3), srandom: glibc's sequences (libc/stdlib/random_generators.h).
// rand and random share one generator, as in glibc, so srand(s) then random() equals
// srandom(s) then rand().
#include "libc/stdlib/random_generators.h"

namespace {

vrt::AdditiveFeedbackGenerator shared_generator;  // seeded with 1 until srand/srandom

}  // namespace

extern "C" {

int rand(void) { return shared_generator.next(); }
void srand(unsigned int seed) { shared_generator.reseed(seed); }
long random(void) { return shared_generator.next(); }
void srandom(unsigned int seed) { shared_generator.reseed(seed); }
int rand_r(unsigned int *seed) { return vrt::reentrant_rand(*seed); }

}

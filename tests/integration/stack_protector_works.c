// cflags: -fstack-protector-all
//
// A program built with -fstack-protector-all runs: every function checks a canary that the
// start code put in the thread control block (x86_64: %fs:0x28, i386: %gs:0x14) before any of
// them ran. The canary is random (from AT_RANDOM) and its first byte in memory is zero, so that
// a string overflow cannot write it back.
#include <vrt/auxv.h>

#include "self_check.h"

extern unsigned long __stack_chk_guard;

static unsigned long canary_in_tcb(void) {
    unsigned long value = 0;
#if defined(__x86_64__)
    __asm__("mov %%fs:0x28, %0" : "=r"(value));
#elif defined(__i386__)
    __asm__("mov %%gs:0x14, %0" : "=r"(value));
#endif
    return value;
}

__attribute__((noinline)) static int fill_and_sum(int depth) {
    volatile char buffer[64];
    for (int i = 0; i < 64; ++i) buffer[i] = (char)(i + depth);
    int sum = 0;
    for (int i = 0; i < 64; ++i) sum += buffer[i];
    return depth == 0 ? sum : sum + fill_and_sum(depth - 1);
}

int main(void) {
    unsigned long canary = canary_in_tcb();
#if defined(__x86_64__) || defined(__i386__)
    check(canary != 0, "the canary in the thread control block is set");
    check((canary & 0xff) == 0, "its low byte is zero");
    const unsigned char *random = (const unsigned char *)getauxval(AT_RANDOM);
    unsigned long expected = 0;
    for (unsigned i = 1; i < sizeof expected; ++i) expected |= (unsigned long)random[i] << (8 * i);
    check(canary == expected, "it is AT_RANDOM's first word with the low byte zeroed");
    check(__stack_chk_guard == canary, "__stack_chk_guard holds the same value");
#else
    check(__stack_chk_guard != 0, "__stack_chk_guard is set");
    check(((const unsigned char *)&__stack_chk_guard)[0] == 0, "its first byte in memory is zero");
#endif
    int expected_sum = 0;
    for (int depth = 0; depth <= 20; ++depth)
        for (int i = 0; i < 64; ++i) expected_sum += (char)(i + depth);
    check_equal(fill_and_sum(20), expected_sum, "21 nested protected frames return intact");
    return check_result();
}

// cflags: -fstack-protector-all
//
// A program built with -fstack-protector-all runs: every function checks a canary that the
// start code put where the compiler reads it before any of them ran. That place differs per arch
// (TARGET_THREAD_SSP_OFFSET in GCC's gcc/config/<cpu>/ headers; arch/<arch>/thread_arch.h): a
// word of the thread control block on x86_64 (%fs:0x28), i386 (%gs:0x14), ppc64le (r13 - 0x7010)
// and s390x (thread pointer + 0x28), the global __stack_chk_guard elsewhere. The canary is
// checked there, not in whichever place the compiler does not read. It is random (AT_RANDOM's
// first word) with its first byte in memory zeroed, so that a string overflow cannot write it back.
#include <vrt/auxv.h>

#include "self_check.h"

extern unsigned long __stack_chk_guard;

// The canary the compiler's checks read.
static unsigned long compiler_canary(void) {
    unsigned long value = 0;
#if defined(__x86_64__)
    __asm__("mov %%fs:0x28, %0" : "=r"(value));
#elif defined(__i386__)
    __asm__("mov %%gs:0x14, %0" : "=r"(value));
#elif defined(__powerpc64__)
    const char *tp;
    __asm__("mr %0, 13" : "=r"(tp));
    value = *(const unsigned long *)(tp - 0x7010);
#elif defined(__s390x__)
    const char *tp;
    // The thread pointer is access registers a0 (high half) and a1 (low half).
    __asm__("ear %0, %%a0\n\tsllg %0, %0, 32\n\tear %0, %%a1" : "=&d"(tp));
    value = *(const unsigned long *)(tp + 0x28);
#else
    value = __stack_chk_guard;
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
    unsigned long canary = compiler_canary();
    check(canary != 0, "the canary where the compiler reads it is set");
    check(((const unsigned char *)&canary)[0] == 0, "its first byte in memory is zero");
    const unsigned char *random = (const unsigned char *)getauxval(AT_RANDOM);
    unsigned long expected = 0;
    if (check(random != 0, "AT_RANDOM is there")) {
        memcpy(&expected, random, sizeof expected);
        ((unsigned char *)&expected)[0] = 0;
    }
    check(canary == expected, "it is AT_RANDOM's first word with its first byte zeroed");
    check(__stack_chk_guard == canary, "__stack_chk_guard holds the same value");
    int expected_sum = 0;
    for (int depth = 0; depth <= 20; ++depth)
        for (int i = 0; i < 64; ++i) expected_sum += (char)(i + depth);
    check_equal(fill_and_sum(20), expected_sum, "21 nested protected frames return intact");
    return check_result();
}

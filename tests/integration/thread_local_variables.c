// The executable's TLS block, small enough for libvrt's static area: initialised variables
// (.tdata) keep their values, zero ones (.tbss) are zero, a TLS pointer to a global holds that
// global's address (in a static-pie, a relocated word in the TLS image: relocation must come
// before the image is copied), and each variable is aligned as declared.
#include "self_check.h"

static int global = 7;
static _Thread_local int answer = 42;
static _Thread_local long long big_value = 0x123456789abcdefll;
static _Thread_local int zeros[16];
static _Thread_local int *pointer_to_global = &global;
static _Thread_local _Alignas(64) char aligned[8] = "aligned";

int main(void) {
    check_equal(answer, 42, "an initialised int in .tdata");
    check(big_value == 0x123456789abcdefll, "an initialised long long in .tdata");
    int all_zero = 1;
    for (int i = 0; i < 16; ++i) all_zero &= zeros[i] == 0;
    check(all_zero, "an array in .tbss is zero");
    check(pointer_to_global == &global, "a TLS pointer to a global holds its address");
    check(((unsigned long)aligned & 63) == 0, "an _Alignas(64) TLS array is 64-byte aligned");
    check_strings(aligned, "aligned", "and holds its initial value");
    answer += 1;
    zeros[3] = 5;
    check(answer == 43 && zeros[3] == 5 && zeros[2] == 0, "TLS variables can be written");
    check((char *)&answer != (char *)&zeros[0], "distinct variables have distinct addresses");
    return check_result();
}

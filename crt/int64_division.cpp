// The 64-bit division helpers that GCC and clang call on 32-bit targets (i386, mipsel, ppc32,
// riscv32) for `/` and `%` on 64-bit integers, under libgcc's names and signatures. Programs
// linked with -nostdlib have no libgcc, so libvrt.a provides them, to user programs as much as to
// itself: a program's own 64-bit divisions link against these. ARM EABI calls
// __aeabi_uldivmod and __aeabi_ldivmod instead, which are not here.
//
// Written with shifts, comparisons and subtractions only: a 64-bit `/` or `%` here would call
// back into these very functions, and a 32-bit one would need __aeabi_uidiv on ARM cores without
// a divide instruction. The cost is at most 64 rounds of binary long division per call.
//
// Division by zero traps (__builtin_trap: SIGILL on x86, SIGTRAP or SIGILL elsewhere), as the
// hardware does for a native division; it never returns a made-up quotient. INT64_MIN / -1,
// undefined in C, wraps: the quotient is INT64_MIN and the remainder 0.
#include <stdint.h>

namespace {

struct Division {
    uint64_t quotient;
    uint64_t remainder;
};

Division divide(uint64_t dividend, uint64_t divisor) {
    if (divisor == 0) __builtin_trap();
    if (divisor > dividend) return {0, dividend};
    // Shift the divisor up to just below the dividend, then take it off once per bit on the way back.
    int shift = 0;
    while ((divisor >> 63) == 0 && (divisor << 1) <= dividend) {
        divisor <<= 1;
        ++shift;
    }
    uint64_t quotient = 0;
    for (; shift >= 0; --shift) {
        quotient <<= 1;
        if (dividend >= divisor) {
            dividend -= divisor;
            quotient |= 1;
        }
        divisor >>= 1;
    }
    return {quotient, dividend};
}

uint64_t magnitude(int64_t value) {
    return value < 0 ? 0 - static_cast<uint64_t>(value) : static_cast<uint64_t>(value);
}

// C truncates toward zero: the quotient is negative when the signs differ, the remainder takes
// the dividend's sign.
int64_t with_sign(uint64_t value, bool negative) {
    return static_cast<int64_t>(negative ? 0 - value : value);
}

}  // namespace

extern "C" {

unsigned long long __udivdi3(unsigned long long a, unsigned long long b) { return divide(a, b).quotient; }

unsigned long long __umoddi3(unsigned long long a, unsigned long long b) { return divide(a, b).remainder; }

unsigned long long __udivmoddi4(unsigned long long a, unsigned long long b, unsigned long long *remainder) {
    Division d = divide(a, b);
    if (remainder) *remainder = d.remainder;
    return d.quotient;
}

long long __divdi3(long long a, long long b) {
    return with_sign(divide(magnitude(a), magnitude(b)).quotient, (a < 0) != (b < 0));
}

long long __moddi3(long long a, long long b) {
    return with_sign(divide(magnitude(a), magnitude(b)).remainder, a < 0);
}

// GCC at -O2 calls this one on i386 when a function needs both a / b and a % b.
long long __divmoddi4(long long a, long long b, long long *remainder) {
    Division d = divide(magnitude(a), magnitude(b));
    if (remainder) *remainder = with_sign(d.remainder, a < 0);
    return with_sign(d.quotient, (a < 0) != (b < 0));
}

}

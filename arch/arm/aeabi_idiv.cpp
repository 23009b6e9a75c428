// The 32-bit integer division helpers of the Arm run-time ABI (Run-time ABI for the Arm
// Architecture, "Integer (32/32 -> 32) division functions"). ARMv7-A cores need not have a divide
// instruction, so GCC and clang compile every 32-bit `/` and `%` there into calls to these, in
// libvrt and in user programs alike; libgcc, which usually has them, is not linked.
//
//   __aeabi_uidiv, __aeabi_idiv        the quotient, in r0
//   __aeabi_uidivmod, __aeabi_idivmod  the quotient in r0 and the remainder in r1: returned here
//                                      as one 64-bit value, which AAPCS puts in r0 (low word)
//                                      and r1 (high word)
//
// As crt/int64_division.cpp does for 64 bits: shifts and subtractions only, division by zero
// traps, and INT32_MIN / -1 wraps (quotient INT32_MIN, remainder 0).
#include <stdint.h>

namespace {

struct Division {
    uint32_t quotient;
    uint32_t remainder;
};

// Binary long division from the dividend's highest set bit down (clz is one instruction on
// ARMv5 and later). The running remainder is kept in 64 bits because doubling it can carry out
// of 32 when the divisor is above 2^31.
Division divide(uint32_t dividend, uint32_t divisor) {
    if (divisor == 0) __builtin_trap();
    if (divisor > dividend) return {0, dividend};
    uint32_t quotient = 0;
    uint64_t remainder = 0;
    for (int bit = 31 - __builtin_clz(dividend); bit >= 0; --bit) {
        remainder = remainder << 1 | ((dividend >> bit) & 1);
        quotient <<= 1;
        if (remainder >= divisor) {
            remainder -= divisor;
            quotient |= 1;
        }
    }
    return {quotient, static_cast<uint32_t>(remainder)};
}

uint32_t magnitude(int32_t value) {
    return value < 0 ? 0 - static_cast<uint32_t>(value) : static_cast<uint32_t>(value);
}

// C truncates toward zero: the quotient is negative when the signs differ, the remainder takes
// the dividend's sign.
uint32_t with_sign(uint32_t value, bool negative) { return negative ? 0 - value : value; }

uint64_t in_r0_r1(uint32_t r0, uint32_t r1) { return static_cast<uint64_t>(r1) << 32 | r0; }

}  // namespace

extern "C" {

unsigned __aeabi_uidiv(unsigned a, unsigned b) { return divide(a, b).quotient; }

int __aeabi_idiv(int a, int b) {
    return static_cast<int>(with_sign(divide(magnitude(a), magnitude(b)).quotient, (a < 0) != (b < 0)));
}

unsigned long long __aeabi_uidivmod(unsigned a, unsigned b) {
    Division d = divide(a, b);
    return in_r0_r1(d.quotient, d.remainder);
}

unsigned long long __aeabi_idivmod(int a, int b) {
    Division d = divide(magnitude(a), magnitude(b));
    return in_r0_r1(with_sign(d.quotient, (a < 0) != (b < 0)), with_sign(d.remainder, a < 0));
}

}

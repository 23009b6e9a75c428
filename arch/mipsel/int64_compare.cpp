// libgcc's 64-bit comparison helpers, which GCC for 32-bit MIPS calls to choose the branch of a
// `switch` on a 64-bit value (seen for the vDSO reader's d_tag switch). Programs linked with
// -nostdlib have no libgcc, so libvrt.a provides them, to user programs as much as to itself.
// libgcc's contract (gcc/libgcc2.c, __cmpdi2 and __ucmpdi2): 0 if a < b, 1 if equal, 2 if a > b.
// The halves are compared separately, so that no 64-bit comparison here can call back in.
#include <stdint.h>

namespace {

int compare(uint32_t high_a, uint32_t low_a, uint32_t high_b, uint32_t low_b) {
    if (high_a != high_b) return high_a < high_b ? 0 : 2;
    if (low_a != low_b) return low_a < low_b ? 0 : 2;
    return 1;
}

}  // namespace

extern "C" {

int __ucmpdi2(unsigned long long a, unsigned long long b) {
    return compare(static_cast<uint32_t>(a >> 32), static_cast<uint32_t>(a),
                   static_cast<uint32_t>(b >> 32), static_cast<uint32_t>(b));
}

// Signed: flipping the sign bit of the high words maps signed order onto unsigned order.
int __cmpdi2(long long a, long long b) {
    constexpr unsigned long long sign = 1ULL << 63;
    return __ucmpdi2(static_cast<unsigned long long>(a) ^ sign, static_cast<unsigned long long>(b) ^ sign);
}

}

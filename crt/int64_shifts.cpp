// The 64-bit shift helpers GCC calls on 32-bit targets when it does not open-code a shift
// (at -Os on MIPS, for one): libgcc's __ashldi3, __lshrdi3 and __ashrdi3. Programs link with
// -nostdlib and so have no libgcc; these are written with 32-bit operations only, which never
// call back into them. A shift count outside 0..63 is undefined, as in C.
#include <stdint.h>

namespace {

union Halves {
    int64_t whole;
    struct {
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
        uint32_t low, high;
#else
        uint32_t high, low;
#endif
    } parts;
};

}  // namespace

extern "C" {

int64_t __ashldi3(int64_t value, int count) {
    Halves v{value}, r{0};
    if (count == 0) return value;
    if (count >= 32) {
        r.parts.low = 0;
        r.parts.high = v.parts.low << (count - 32);
    } else {
        r.parts.low = v.parts.low << count;
        r.parts.high = (v.parts.high << count) | (v.parts.low >> (32 - count));
    }
    return r.whole;
}

int64_t __lshrdi3(int64_t value, int count) {
    Halves v{value}, r{0};
    if (count == 0) return value;
    if (count >= 32) {
        r.parts.high = 0;
        r.parts.low = v.parts.high >> (count - 32);
    } else {
        r.parts.high = v.parts.high >> count;
        r.parts.low = (v.parts.low >> count) | (v.parts.high << (32 - count));
    }
    return r.whole;
}

int64_t __ashrdi3(int64_t value, int count) {
    Halves v{value}, r{0};
    if (count == 0) return value;
    uint32_t sign = static_cast<int32_t>(v.parts.high) < 0 ? ~0u : 0u;
    if (count >= 32) {
        r.parts.high = sign;
        r.parts.low = static_cast<uint32_t>(static_cast<int32_t>(v.parts.high) >> (count - 32));
    } else {
        r.parts.high = static_cast<uint32_t>(static_cast<int32_t>(v.parts.high) >> count);
        r.parts.low = (v.parts.low >> count) | (v.parts.high << (32 - count));
    }
    return r.whole;
}

}

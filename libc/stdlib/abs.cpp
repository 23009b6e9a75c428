// abs(3), labs, llabs, imaxabs(3). The most negative value has no positive counterpart; C leaves it
// undefined, and this returns it unchanged, as glibc's code does.
#include <stdint.h>

extern "C" {

int abs(int value) { return value < 0 ? static_cast<int>(0u - static_cast<unsigned>(value)) : value; }

long labs(long value) {
    return value < 0 ? static_cast<long>(0ul - static_cast<unsigned long>(value)) : value;
}

long long llabs(long long value) {
    return value < 0 ? static_cast<long long>(0ull - static_cast<unsigned long long>(value)) : value;
}

intmax_t imaxabs(intmax_t value) {
    return value < 0 ? static_cast<intmax_t>(0ull - static_cast<uintmax_t>(value)) : value;
}

}

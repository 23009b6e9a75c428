// "Unknown error N" and its kind: a prefix and a decimal int, negative ones included.
#include "libc/string/describe.h"

namespace vrt {

const char *describe_number(const char *prefix, int number, char (&buffer)[kDescriptionBufferSize]) {
    int used = 0;
    while (*prefix && used < kDescriptionBufferSize - 12) buffer[used++] = *prefix++;
    // Digits of the magnitude as unsigned, so that INT_MIN needs no special case.
    unsigned magnitude = number < 0 ? 0u - static_cast<unsigned>(number) : static_cast<unsigned>(number);
    if (number < 0) buffer[used++] = '-';
    char digits[10];
    int count = 0;
    do {
        digits[count++] = static_cast<char>('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude);
    while (count) buffer[used++] = digits[--count];
    buffer[used] = '\0';
    return buffer;
}

}  // namespace vrt

#include "libc/unistd/cpu_list.h"

namespace vrt {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Reads a decimal number at text[i], advancing i; false if there is none or it is absurd.
bool read_number(const char *text, size_t length, size_t &i, unsigned long &value) {
    if (i >= length || !is_digit(text[i])) return false;
    value = 0;
    for (; i < length && is_digit(text[i]); ++i) {
        value = value * 10 + static_cast<unsigned long>(text[i] - '0');
        if (value > 0xffffffUL) return false;  // no kernel has 16M CPUs (NR_CPUS)
    }
    return true;
}

}  // namespace

long count_cpu_list(const char *text, size_t length) {
    while (length > 0 && (text[length - 1] == '\n' || text[length - 1] == '\0')) --length;
    long count = 0;
    size_t i = 0;
    while (i < length) {
        unsigned long first, last;
        if (!read_number(text, length, i, first)) return 0;
        last = first;
        if (i < length && text[i] == '-') {
            ++i;
            if (!read_number(text, length, i, last) || last < first) return 0;
        }
        count += static_cast<long>(last - first + 1);
        if (i == length) break;
        if (text[i] != ',') return 0;
        ++i;
        if (i == length) return 0;  // a trailing comma
    }
    return count;
}

}  // namespace vrt

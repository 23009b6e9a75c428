#include "libc/stdio/scan.h"

#include <stddef.h>
#include <stdint.h>

namespace vrt {
namespace {

constexpr int kEnd = -1;  // what reading past the input gives, like getc's EOF
constexpr unsigned kLongBits = sizeof(long) * 8;

bool is_space(int c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
int lower(int c) { return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c; }

// The input as a stream with one character of push-back, counting what was consumed for %n.
struct Input {
    const unsigned char *next;
    size_t consumed = 0;

    int get() {
        if (*next == '\0') return kEnd;
        ++consumed;
        return *next++;
    }
    void unget(int c) {
        if (c == kEnd) return;
        --next;
        --consumed;
    }
};

struct Arguments {  // a va_list travels by reference inside a struct (libc/stdio/format.cpp says why)
    va_list list;
};

enum class Size { plain, char_, short_, long_, long_long };

// The integer conversions' value as glibc computes it: strtol or strtoul (strtoll/strtoull for
// ll, L, q, and j when long is narrower) of the digits, saturated at that function's limits.
struct Number {
    uint64_t magnitude = 0;
    bool overflowed = false;
    bool negative = false;

    void add_digit(unsigned base, unsigned digit) {
        if (magnitude > (UINT64_MAX - digit) / base) overflowed = true;
        else magnitude = magnitude * base + digit;
    }

    uint64_t value(unsigned bits, bool is_signed) const {
        uint64_t all_ones = bits == 64 ? UINT64_MAX : (uint64_t{1} << bits) - 1;
        if (!is_signed) {
            if (overflowed || magnitude > all_ones) return all_ones;
            return negative ? (0 - magnitude) & all_ones : magnitude;
        }
        uint64_t largest = all_ones >> 1;  // the signed maximum; its minimum is largest + 1 below 0
        if (negative) return overflowed || magnitude > largest + 1 ? 0 - (largest + 1) : 0 - magnitude;
        return overflowed || magnitude > largest ? largest : magnitude;
    }
};

int digit_value(int c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (lower(c) >= 'a' && lower(c) <= 'f') return lower(c) - 'a' + 10;
    return 99;
}

void store_integer(Arguments &arguments, Size size, uint64_t value) {
    switch (size) {
    case Size::char_: *va_arg(arguments.list, unsigned char *) = static_cast<unsigned char>(value); break;
    case Size::short_: *va_arg(arguments.list, unsigned short *) = static_cast<unsigned short>(value); break;
    case Size::long_: *va_arg(arguments.list, unsigned long *) = static_cast<unsigned long>(value); break;
    case Size::long_long: *va_arg(arguments.list, unsigned long long *) = value; break;
    case Size::plain: *va_arg(arguments.list, unsigned *) = static_cast<unsigned>(value); break;
    }
}

// The set of a %[ directive, read from the format after the '['. False when its ']' is missing.
bool read_scan_set(const unsigned char *&f, bool (&in_set)[256]) {
    bool inverted = *f == '^';
    if (inverted) ++f;
    bool members[256] = {};
    // A ']' or '-' first is a member, not the end or a range.
    if (*f == ']' || *f == '-') members[*f++] = true;
    for (;;) {
        unsigned char c = *f++;
        if (c == '\0') return false;
        if (c == ']') break;
        // "a-z" is a range when its ends are in order; otherwise the '-' is a member itself.
        if (c == '-' && *f != '\0' && *f != ']' && f[-2] <= *f) {
            for (unsigned m = f[-2]; m <= *f; ++m) members[m] = true;
        } else {
            members[c] = true;
        }
    }
    for (unsigned i = 0; i < 256; ++i) in_set[i] = members[i] != inverted;
    return true;
}

class Scanner {
public:
    Scanner(const char *input, va_list arguments) : in_{reinterpret_cast<const unsigned char *>(input)} {
        va_copy(arguments_.list, arguments);
    }
    ~Scanner() { va_end(arguments_.list); }

    int run(const char *format);

private:
    enum class Step { next, matching_failure, input_failure };

    Step literal(int expected);
    Step directive(const unsigned char *&f);
    Step integer(int conversion, int width, Size size, bool suppress);
    Step characters(int width, bool suppress);
    Step word(int width, bool suppress);
    Step scan_set(const bool (&in_set)[256], int width, bool suppress);

    Input in_;
    Arguments arguments_;
    int assigned_ = 0;
    bool skip_space_ = false;  // the format had whitespace since the last directive or literal
};

int Scanner::run(const char *format) {
    const unsigned char *f = reinterpret_cast<const unsigned char *>(format);
    while (*f) {
        Step step;
        if (*f == '%') {
            ++f;
            step = directive(f);
        } else if (is_space(*f)) {
            skip_space_ = true;
            ++f;
            continue;
        } else {
            step = literal(*f++);
        }
        if (step == Step::input_failure) return assigned_ == 0 ? -1 : assigned_;
        if (step == Step::matching_failure) return assigned_;
    }
    return assigned_;
}

Scanner::Step Scanner::literal(int expected) {
    int c = in_.get();
    if (c == kEnd) return Step::input_failure;
    if (skip_space_) {
        while (is_space(c)) {
            c = in_.get();
            if (c == kEnd) return Step::input_failure;
        }
        skip_space_ = false;
    }
    if (c != expected) {
        in_.unget(c);
        return Step::matching_failure;
    }
    return Step::next;
}

Scanner::Step Scanner::directive(const unsigned char *&f) {
    bool suppress = false;
    for (;; ++f) {
        if (*f == '*') suppress = true;
        else if (*f != '\'') break;  // digit grouping: nothing to group in the C locale
    }
    int width = 0;
    for (; *f >= '0' && *f <= '9'; ++f) width = width > 100000000 ? width : width * 10 + (*f - '0');
    if (width == 0) width = -1;  // none, or 0, which glibc takes as none

    Size size = Size::plain;
    switch (*f) {
    case 'h':
        ++f;
        size = *f == 'h' ? (++f, Size::char_) : Size::short_;
        break;
    case 'l':
        ++f;
        size = *f == 'l' ? (++f, Size::long_long) : Size::long_;
        break;
    case 'L':
    case 'q': ++f; size = Size::long_long; break;
    case 'j': ++f; size = sizeof(intmax_t) > sizeof(long) ? Size::long_long : Size::long_; break;
    case 'z': ++f; size = sizeof(size_t) > sizeof(unsigned) ? Size::long_ : Size::plain; break;
    case 't': ++f; size = sizeof(ptrdiff_t) > sizeof(int) ? Size::long_ : Size::plain; break;
    default: break;
    }

    int conversion = *f;
    if (conversion == '\0') return Step::matching_failure;
    ++f;
    if (skip_space_ || (conversion != '[' && conversion != 'c' && conversion != 'n')) {
        int c;
        do c = in_.get();
        while (is_space(c));
        in_.unget(c);
        skip_space_ = false;
    }

    switch (conversion) {
    case '%': return literal('%');
    case 'n':
        if (!suppress) store_integer(arguments_, size, in_.consumed);
        return Step::next;
    case 'c':
        if (size != Size::plain && size != Size::char_ && size != Size::short_) return Step::matching_failure;
        return characters(width, suppress);
    case 's':
        if (size == Size::long_ || size == Size::long_long) return Step::matching_failure;
        return word(width, suppress);
    case '[': {
        if (size == Size::long_ || size == Size::long_long) return Step::matching_failure;
        bool in_set[256];
        if (!read_scan_set(f, in_set)) return Step::matching_failure;
        return scan_set(in_set, width, suppress);
    }
    case 'd':
    case 'i':
    case 'u':
    case 'o':
    case 'x':
    case 'X':
        return integer(conversion, width, size, suppress);
    case 'p':
        return integer('p', width, sizeof(void *) > sizeof(unsigned) ? Size::long_ : Size::plain, suppress);
    default:
        return Step::matching_failure;  // %f and every other conversion libvrt does not have
    }
}

// As glibc's vfscanf: an optional sign, a base prefix where the conversion allows one, then
// digits, all within the width; a lone sign or no digit at all is a matching failure.
Scanner::Step Scanner::integer(int conversion, int width, Size size, bool suppress) {
    unsigned base = conversion == 'o' ? 8 : conversion == 'x' || conversion == 'X' || conversion == 'p' ? 16
                  : conversion == 'i' ? 0 : 10;
    bool is_signed = conversion == 'd' || conversion == 'i';
    Number number;
    bool any_sign = false, any_digit = false;

    int c = in_.get();
    if (c == kEnd) return Step::input_failure;
    if (c == '-' || c == '+') {
        number.negative = c == '-';
        any_sign = true;
        if (width > 0) --width;
        c = in_.get();
    }
    if (width != 0 && c == '0') {
        if (width > 0) --width;
        any_digit = true;
        c = in_.get();
        if (width != 0 && lower(c) == 'x') {
            if (base == 0) base = 16;
            if (base == 16) {
                if (width > 0) --width;
                c = in_.get();
            }
        } else if (base == 0) {
            base = 8;
        }
    }
    if (base == 0) base = 10;
    while (c != kEnd && width != 0) {
        int digit = digit_value(c);
        if (digit >= static_cast<int>(base)) break;
        number.add_digit(base, static_cast<unsigned>(digit));
        any_digit = true;
        if (width > 0) --width;
        c = in_.get();
    }
    if (!any_digit) {
        // glibc's %p also reads "(nil)", which its printf writes for a null pointer.
        bool nil = conversion == 'p' && !any_sign && (width < 0 || width >= 5) && c == '(' &&
                   lower(c = in_.get()) == 'n' && lower(c = in_.get()) == 'i' && lower(c = in_.get()) == 'l' &&
                   (c = in_.get()) == ')';
        if (!nil) {
            in_.unget(c);
            return Step::matching_failure;
        }
    } else {
        in_.unget(c);
    }
    if (suppress) return Step::next;
    bool wide = (size == Size::long_long) && kLongBits < 64;
    store_integer(arguments_, size, number.value(wide ? 64 : kLongBits, is_signed));
    ++assigned_;
    return Step::next;
}

Scanner::Step Scanner::characters(int width, bool suppress) {
    if (width < 0) width = 1;
    int c = in_.get();
    if (c == kEnd) return Step::input_failure;
    char *out = suppress ? nullptr : va_arg(arguments_.list, char *);
    do {
        if (out) *out++ = static_cast<char>(c);
    } while (--width > 0 && (c = in_.get()) != kEnd);
    if (!suppress) ++assigned_;
    return Step::next;
}

Scanner::Step Scanner::word(int width, bool suppress) {
    int c = in_.get();
    if (c == kEnd) return Step::input_failure;
    char *out = suppress ? nullptr : va_arg(arguments_.list, char *);
    do {
        if (is_space(c)) {
            in_.unget(c);
            break;
        }
        if (out) *out++ = static_cast<char>(c);
    } while ((width <= 0 || --width > 0) && (c = in_.get()) != kEnd);
    if (out) {
        *out = '\0';
        ++assigned_;
    }
    return Step::next;
}

Scanner::Step Scanner::scan_set(const bool (&in_set)[256], int width, bool suppress) {
    int c = in_.get();
    if (c == kEnd) return Step::input_failure;
    char *out = suppress ? nullptr : va_arg(arguments_.list, char *);
    size_t taken = 0;
    do {
        if (!in_set[c]) {
            in_.unget(c);
            break;
        }
        if (out) out[taken] = static_cast<char>(c);
        ++taken;
    } while ((width <= 0 || --width > 0) && (c = in_.get()) != kEnd);
    if (taken == 0) return Step::matching_failure;
    if (out) {
        out[taken] = '\0';
        ++assigned_;
    }
    return Step::next;
}

}  // namespace

int scan(const char *input, const char *format, va_list arguments) {
    Scanner scanner(input, arguments);
    return scanner.run(format);
}

}  // namespace vrt

#include "libc/stdio/format.h"

#include <stdint.h>

#include "sys/c_strings.h"

// %m's text (libc/string/strerror.cpp) and errno, which the formatter only reads.
extern "C" char *strerror(int error);
extern "C" int *__errno_location(void);

namespace vrt {
namespace {

constexpr size_t largest_field = 0x7fffffff;  // INT_MAX: C's widths and precisions are ints

size_t add_saturating(size_t a, size_t b) { return b > SIZE_MAX - a ? SIZE_MAX : a + b; }

// Counts everything and forwards to the sink for as long as it accepts more.
class Output {
public:
    explicit Output(FormatSink sink) : sink_(sink) {}

    void put(const char *bytes, size_t length) {
        total_ = add_saturating(total_, length);
        if (open_ && length > 0) open_ = sink_.write(sink_.context, bytes, length);
    }

    void put_repeated(char c, size_t count) {
        static constexpr char spaces[] = "                ";
        static constexpr char zeros[] = "0000000000000000";
        const char *run = c == '0' ? zeros : spaces;
        total_ = add_saturating(total_, count);
        while (open_ && count > 0) {
            size_t piece = count < sizeof spaces - 1 ? count : sizeof spaces - 1;
            open_ = sink_.write(sink_.context, run, piece);
            count -= piece;
        }
    }

    void overflow() { total_ = SIZE_MAX; }
    size_t total() const { return total_; }

private:
    FormatSink sink_;
    size_t total_ = 0;
    bool open_ = true;
};

// A va_list cannot be passed to helpers by value portably (on x86_64 it is an array that
// decays to a pointer, on aarch64 a struct that gets copied), so it travels inside a struct.
struct Arguments {
    va_list list;
};

enum class Length { none, hh, h, l, ll, j, z, t };

struct Directive {
    bool left_align = false;
    bool plus_sign = false;
    bool space_sign = false;
    bool alternate = false;
    bool zero_pad = false;
    size_t width = 0;
    bool has_precision = false;
    size_t precision = 0;
    Length length = Length::none;
};

int64_t signed_argument(Arguments &arguments, Length length) {
    switch (length) {
    case Length::hh: return static_cast<signed char>(va_arg(arguments.list, int));
    case Length::h: return static_cast<short>(va_arg(arguments.list, int));
    case Length::l: return va_arg(arguments.list, long);
    case Length::ll: return va_arg(arguments.list, long long);
    case Length::j: return va_arg(arguments.list, intmax_t);
    case Length::z:  // the signed type of size_t's width, which ptrdiff_t is on every Linux ABI
    case Length::t: return va_arg(arguments.list, ptrdiff_t);
    case Length::none: break;
    }
    return va_arg(arguments.list, int);
}

uint64_t unsigned_argument(Arguments &arguments, Length length) {
    switch (length) {
    case Length::hh: return static_cast<unsigned char>(va_arg(arguments.list, unsigned));
    case Length::h: return static_cast<unsigned short>(va_arg(arguments.list, unsigned));
    case Length::l: return va_arg(arguments.list, unsigned long);
    case Length::ll: return va_arg(arguments.list, unsigned long long);
    case Length::j: return va_arg(arguments.list, uintmax_t);
    case Length::z:
    case Length::t: return va_arg(arguments.list, size_t);
    case Length::none: break;
    }
    return va_arg(arguments.list, unsigned);
}

// Divides `value` by `base` in place and returns the remainder, dividing only 32-bit numbers by
// a constant (which compilers turn into multiplications): the high word first, then the low
// word in two 16-bit halves, each carrying the previous remainder (< base) above it.
template <uint32_t base>
uint32_t divide_in_place(uint64_t &value) {
    static_assert(base <= 16, "a remainder shifted left by 16 must fit in 32 bits");
    uint32_t high = static_cast<uint32_t>(value >> 32);
    uint32_t low = static_cast<uint32_t>(value);
    uint32_t high_quotient = high / base;
    uint32_t upper = (high % base) << 16 | low >> 16;
    uint32_t lower = (upper % base) << 16 | (low & 0xffff);
    value = static_cast<uint64_t>(high_quotient) << 32 | (upper / base) << 16 | lower / base;
    return lower % base;
}

// Writes the digits of `value` backwards, ending at `end`; returns where they start. Values
// that fit in 32 bits (most of what programs print) take one 32-bit division per digit.
template <uint32_t base>
char *digits_before(char *end, uint64_t value, const char *digit_set) {
    while (value >> 32 != 0) *--end = digit_set[divide_in_place<base>(value)];
    uint32_t small = static_cast<uint32_t>(value);
    do {
        *--end = digit_set[small % base];
        small /= base;
    } while (small != 0);
    return end;
}

// The integer conversions (d i u o x X p). `sign` is '-', '+', ' ' or 0; `prefix` is "0x",
// "0X" or empty.
void put_integer(Output &out, const Directive &d, char conversion, uint64_t magnitude, char sign,
                 const char *prefix) {
    static constexpr char lower_digits[] = "0123456789abcdef";
    static constexpr char upper_digits[] = "0123456789ABCDEF";
    char buffer[24];  // 22 octal digits hold 2^64 - 1
    char *end = buffer + sizeof buffer;
    char *digits;
    switch (conversion) {
    case 'o': digits = digits_before<8>(end, magnitude, lower_digits); break;
    case 'x':
    case 'p': digits = digits_before<16>(end, magnitude, lower_digits); break;
    case 'X': digits = digits_before<16>(end, magnitude, upper_digits); break;
    default: digits = digits_before<10>(end, magnitude, lower_digits); break;
    }
    size_t digit_count = static_cast<size_t>(end - digits);
    if (d.has_precision && d.precision == 0 && magnitude == 0) digit_count = 0;

    size_t leading_zeros = d.has_precision && d.precision > digit_count ? d.precision - digit_count : 0;
    // '#' with 'o' raises the precision just enough that the first digit is a 0.
    if (conversion == 'o' && d.alternate && leading_zeros == 0 && (digit_count == 0 || *digits != '0'))
        leading_zeros = 1;

    size_t prefix_length = string_length(prefix);
    size_t length = (sign ? 1 : 0) + prefix_length + leading_zeros + digit_count;
    size_t padding = d.width > length ? d.width - length : 0;
    bool pad_with_zeros = d.zero_pad && !d.left_align && !d.has_precision;
    if (pad_with_zeros) {
        leading_zeros += padding;
        padding = 0;
    }

    if (!d.left_align) out.put_repeated(' ', padding);
    if (sign) out.put(&sign, 1);
    out.put(prefix, prefix_length);
    out.put_repeated('0', leading_zeros);
    out.put(end - digit_count, digit_count);
    if (d.left_align) out.put_repeated(' ', padding);
}

// %c, %s and "(nil)": the field is padded with spaces, never zeros.
void put_text(Output &out, const Directive &d, const char *text, size_t length) {
    size_t padding = d.width > length ? d.width - length : 0;
    if (!d.left_align) out.put_repeated(' ', padding);
    out.put(text, length);
    if (d.left_align) out.put_repeated(' ', padding);
}

size_t bounded_length(const char *s, size_t limit) {
    size_t n = 0;
    while (n < limit && s[n]) ++n;
    return n;
}

char sign_for(const Directive &d, bool negative) {
    if (negative) return '-';
    if (d.plus_sign) return '+';
    if (d.space_sign) return ' ';
    return 0;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Reads a decimal field; false when it exceeds INT_MAX.
bool read_number(const char *&p, size_t &value) {
    value = 0;
    for (; is_digit(*p); ++p) {
        value = value * 10 + static_cast<size_t>(*p - '0');
        if (value > largest_field) return false;
    }
    return true;
}

// Reads flags, width, precision and length of the directive starting after its '%'. Leaves
// `p` on the conversion character. False when a width or precision exceeds INT_MAX.
bool read_directive(const char *&p, Arguments &arguments, Directive &d) {
    for (;; ++p) {
        if (*p == '-') d.left_align = true;
        else if (*p == '+') d.plus_sign = true;
        else if (*p == ' ') d.space_sign = true;
        else if (*p == '#') d.alternate = true;
        else if (*p == '0') d.zero_pad = true;
        else break;
    }

    if (*p == '*') {
        ++p;
        int width = va_arg(arguments.list, int);
        if (width < 0) d.left_align = true;  // C: "a negative field width is taken as a - flag"
        d.width = width < 0 ? 0 - static_cast<size_t>(width) : static_cast<size_t>(width);
        if (d.width > largest_field) return false;
    } else if (!read_number(p, d.width)) {
        return false;
    }

    if (*p == '.') {
        ++p;
        d.has_precision = true;
        if (*p == '*') {
            ++p;
            int precision = va_arg(arguments.list, int);
            d.has_precision = precision >= 0;  // C: "a negative precision is taken as if omitted"
            d.precision = d.has_precision ? static_cast<size_t>(precision) : 0;
        } else if (!read_number(p, d.precision)) {
            return false;
        }
    }

    switch (*p) {
    case 'h':
        ++p;
        d.length = *p == 'h' ? (++p, Length::hh) : Length::h;
        break;
    case 'l':
        ++p;
        d.length = *p == 'l' ? (++p, Length::ll) : Length::l;
        break;
    case 'j': ++p; d.length = Length::j; break;
    case 'z': ++p; d.length = Length::z; break;
    case 't': ++p; d.length = Length::t; break;
    default: break;
    }
    return true;
}

// Performs one conversion; false when it is not one we support.
bool convert(Output &out, const Directive &d, char conversion, Arguments &arguments) {
    switch (conversion) {
    case 'd':
    case 'i': {
        int64_t value = signed_argument(arguments, d.length);
        uint64_t magnitude = value < 0 ? 0 - static_cast<uint64_t>(value) : static_cast<uint64_t>(value);
        put_integer(out, d, conversion, magnitude, sign_for(d, value < 0), "");
        return true;
    }
    case 'u':
    case 'o':
    case 'x':
    case 'X': {
        uint64_t value = unsigned_argument(arguments, d.length);
        const char *prefix = "";
        if (d.alternate && value != 0 && conversion != 'u' && conversion != 'o')
            prefix = conversion == 'x' ? "0x" : "0X";
        put_integer(out, d, conversion, value, 0, prefix);
        return true;
    }
    case 'p': {
        if (d.length != Length::none) return false;
        auto value = reinterpret_cast<uintptr_t>(va_arg(arguments.list, void *));
        if (value == 0) put_text(out, d, "(nil)", 5);
        else put_integer(out, d, 'p', value, sign_for(d, false), "0x");
        return true;
    }
    case 'c': {
        if (d.length != Length::none) return false;
        char c = static_cast<char>(va_arg(arguments.list, int));
        put_text(out, d, &c, 1);
        return true;
    }
    case 's': {
        if (d.length != Length::none) return false;
        const char *s = va_arg(arguments.list, const char *);
        if (s == nullptr) s = d.has_precision && d.precision < 6 ? "" : "(null)";
        put_text(out, d, s, d.has_precision ? bounded_length(s, d.precision) : string_length(s));
        return true;
    }
    case 'm': {  // glibc's: strerror(errno), no argument, and a field like %s's
        if (d.length != Length::none) return false;
        const char *text = strerror(*__errno_location());
        put_text(out, d, text, d.has_precision ? bounded_length(text, d.precision) : string_length(text));
        return true;
    }
    case '%': out.put("%", 1); return true;
    default: return false;
    }
}

struct BufferRoom {
    char *next;
    size_t left;  // room for text, keeping one byte for the NUL
};

bool copy_to_buffer(void *context, const char *bytes, size_t length) {
    auto &room = *static_cast<BufferRoom *>(context);
    size_t n = length < room.left ? length : room.left;
    for (size_t i = 0; i < n; ++i) room.next[i] = bytes[i];
    room.next += n;
    room.left -= n;
    return room.left > 0;
}

}  // namespace

size_t format(FormatSink sink, const char *format_string, va_list arguments_in) {
    Output out(sink);
    Arguments arguments;
    va_copy(arguments.list, arguments_in);
    const char *p = format_string;
    while (*p) {
        const char *literal = p;
        while (*p && *p != '%') ++p;
        out.put(literal, static_cast<size_t>(p - literal));
        if (!*p) break;

        const char *directive_start = p++;
        Directive d;
        if (!read_directive(p, arguments, d)) {
            out.overflow();
            break;
        }
        if (*p && convert(out, d, *p, arguments)) {
            ++p;
        } else {
            if (*p) ++p;
            out.put(directive_start, static_cast<size_t>(p - directive_start));
        }
    }
    va_end(arguments.list);
    return out.total();
}

size_t format_to_buffer(char *buffer, size_t size, const char *format_string, va_list arguments) {
    BufferRoom room{buffer, size > 0 ? size - 1 : 0};
    size_t total = format({copy_to_buffer, &room}, format_string, arguments);
    if (size > 0) *room.next = '\0';
    return total;
}

}  // namespace vrt

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

    // Inlined even where the formatter is built for size: it runs for nearly every piece of
    // output, and a call there makes printf of short lines about 15% slower (make bench-stdio).
    [[gnu::always_inline]] void put(const char *bytes, size_t length) {
        total_ = add_saturating(total_, length);
        if (open_ && length > 0) open_ = sink_.write(sink_.context, bytes, length);
    }

    // Padding is rare: only its test is inlined.
    void put_repeated(char c, size_t count) {
        if (count > 0) put_run(c, count);
    }

    void overflow() { total_ = SIZE_MAX; }
    size_t total() const { return total_; }

private:
    [[gnu::noinline]] void put_run(char c, size_t count) {
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

    FormatSink sink_;
    size_t total_ = 0;
    bool open_ = true;
};

// A va_list cannot be passed to helpers by value portably (on x86_64 it is an array that
// decays to a pointer, on aarch64 a struct that gets copied), so it travels inside a struct.
struct Arguments {
    va_list list;
};

enum class Length : uint8_t { none, hh, h, l, ll, j, z, t };

struct Directive {
    bool left_align = false;
    bool plus_sign = false;
    bool space_sign = false;
    bool alternate = false;
    bool zero_pad = false;
    bool has_precision = false;
    Length length = Length::none;
    // At most INT_MAX: 32 bits keep the directive 16 bytes, which clear in a store or two.
    uint32_t width = 0;
    uint32_t precision = 0;
};

// The argument of an integer conversion, read as the unsigned type of its length (C lets va_arg
// read a signed argument as its unsigned counterpart) and returned with its bit width, so that
// one read serves d, i, u, o, x and X alike. hh and h arguments arrive promoted to int.
struct IntegerArgument {
    uint64_t bits;
    unsigned width;
};

IntegerArgument integer_argument(Arguments &arguments, Length length) {
    if (length == Length::l) return {va_arg(arguments.list, unsigned long), 8 * sizeof(long)};
    if (length == Length::ll) return {va_arg(arguments.list, unsigned long long), 64};
    if (length == Length::j) return {va_arg(arguments.list, uintmax_t), 64};
    // ptrdiff_t is the signed type of size_t's width on every Linux ABI.
    if (length == Length::z || length == Length::t)
        return {va_arg(arguments.list, size_t), 8 * sizeof(size_t)};
    unsigned width = length == Length::hh ? 8 : length == Length::h ? 16 : 32;
    return {va_arg(arguments.list, unsigned), width};
}

// The argument's value as the conversion reads it: its low `width` bits, zero-extended for u, o,
// x and X, sign-extended for d and i.
uint64_t unsigned_value(IntegerArgument argument) {
    unsigned unused = 64 - argument.width;
    return argument.bits << unused >> unused;
}

int64_t signed_value(IntegerArgument argument) {
    unsigned unused = 64 - argument.width;
    return static_cast<int64_t>(argument.bits << unused) >> unused;
}

// x / 10 for every 32-bit x: a multiplication by 0xCCCCCCCD (2^35 / 10, rounded up) and a shift
// by 35 (Hacker's Delight, chapter 10, "Integer Division by Constants"). Compilers emit this for
// a division by a constant when they optimise for speed; written out, the formatter has it when
// built for size too, where a division instruction per digit would cost more than the rest of
// the conversion.
uint32_t tenth(uint32_t x) { return static_cast<uint32_t>(uint64_t{x} * 0xCCCCCCCDu >> 35); }

// Divides `value` by 10 in place and returns the remainder, dividing only 32-bit numbers: the
// high word first, then the low word in two 16-bit halves, each carrying the previous remainder
// (< 10) above it.
uint32_t divide_by_ten(uint64_t &value) {
    uint32_t high = static_cast<uint32_t>(value >> 32);
    uint32_t low = static_cast<uint32_t>(value);
    uint32_t high_quotient = tenth(high);
    uint32_t upper = (high - 10 * high_quotient) << 16 | low >> 16;
    uint32_t upper_quotient = tenth(upper);
    uint32_t lower = (upper - 10 * upper_quotient) << 16 | (low & 0xffff);
    uint32_t lower_quotient = tenth(lower);
    value = static_cast<uint64_t>(high_quotient) << 32 | upper_quotient << 16 | lower_quotient;
    return lower - 10 * lower_quotient;
}

// Writes the decimal digits of `value` backwards, ending at `end`; returns where they start.
// Values that fit in 32 bits (most of what programs print) take 32-bit arithmetic only.
char *decimal_digits_before(char *end, uint64_t value) {
    while (value >> 32 != 0) *--end = static_cast<char>('0' + divide_by_ten(value));
    uint32_t small = static_cast<uint32_t>(value);
    do {
        uint32_t quotient = tenth(small);
        *--end = static_cast<char>('0' + (small - 10 * quotient));
        small = quotient;
    } while (small != 0);
    return end;
}

// The same for octal (3 bits a digit) and hexadecimal (4 bits a digit): one shift a digit.
char *power_of_two_digits_before(char *end, uint64_t value, unsigned bits_per_digit,
                                 const char *digit_set) {
    unsigned mask = (1u << bits_per_digit) - 1;
    do {
        *--end = digit_set[value & mask];
        value >>= bits_per_digit;
    } while (value != 0);
    return end;
}

// Every field: `padding` spaces (before unless left-aligned, else after) around the prefix (a
// number's sign and "0x"), `zeros` zeros and the body. %c, %s and "(nil)" have no prefix or zeros.
struct Field {
    const char *prefix;
    size_t prefix_length;
    size_t zeros;
    const char *body;
    size_t body_length;
};

// Out of line: one copy serves every conversion.
[[gnu::noinline]] void put_field(Output &out, const Directive &d, const Field &field) {
    size_t length = field.prefix_length + field.zeros + field.body_length;
    size_t padding = d.width > length ? d.width - length : 0;
    if (!d.left_align) out.put_repeated(' ', padding);
    out.put(field.prefix, field.prefix_length);
    out.put_repeated('0', field.zeros);
    out.put(field.body, field.body_length);
    if (d.left_align) out.put_repeated(' ', padding);
}

// The integer conversions (d i u o x X p). `prefix` is what comes before the digits: the sign
// and "0x" or "0X", as they apply.
void put_integer(Output &out, const Directive &d, char conversion, uint64_t magnitude,
                 const char *prefix) {
    static constexpr char lower_digits[] = "0123456789abcdef";
    static constexpr char upper_digits[] = "0123456789ABCDEF";
    char buffer[24];  // 22 octal digits hold 2^64 - 1
    char *end = buffer + sizeof buffer;
    unsigned bits_per_digit = 0;  // decimal; octal takes 3 bits a digit, hexadecimal 4
    if (conversion == 'o') bits_per_digit = 3;
    else if (conversion == 'x' || conversion == 'X' || conversion == 'p') bits_per_digit = 4;
    char *digits = bits_per_digit == 0
                       ? decimal_digits_before(end, magnitude)
                       : power_of_two_digits_before(end, magnitude, bits_per_digit,
                                                    conversion == 'X' ? upper_digits : lower_digits);
    size_t digit_count = static_cast<size_t>(end - digits);
    if (d.has_precision && d.precision == 0 && magnitude == 0) digit_count = 0;

    size_t zeros = d.has_precision && d.precision > digit_count ? d.precision - digit_count : 0;
    // '#' with 'o' raises the precision just enough that the first digit is a 0.
    if (conversion == 'o' && d.alternate && zeros == 0 && (digit_count == 0 || *digits != '0')) zeros = 1;

    size_t prefix_length = string_length(prefix);
    if (d.zero_pad && !d.left_align && !d.has_precision) {
        size_t length = prefix_length + zeros + digit_count;
        if (d.width > length) zeros += d.width - length;
    }
    put_field(out, d, {prefix, prefix_length, zeros, end - digit_count, digit_count});
}

// %c, %s and "(nil)": the field is padded with spaces, never zeros.
void put_text(Output &out, const Directive &d, const char *text, size_t length) {
    put_field(out, d, {"", 0, 0, text, length});
}

size_t bounded_length(const char *s, size_t limit) {
    size_t n = 0;
    while (n < limit && s[n]) ++n;
    return n;
}

// The sign of a signed conversion: '-', else '+' or ' ' as the flags ask, else none.
const char *sign_for(const Directive &d, bool negative) {
    if (negative) return "-";
    if (d.plus_sign) return "+";
    if (d.space_sign) return " ";
    return "";
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Reads a width or a precision: decimal digits (none is 0), or '*' for the next int argument,
// which may be negative. False when the digits exceed INT_MAX.
[[gnu::noinline]] bool read_field(const char *&p, Arguments &arguments, int64_t &value) {
    if (*p == '*') {
        ++p;
        value = va_arg(arguments.list, int);
        return true;
    }
    value = 0;
    for (; is_digit(*p); ++p) {
        value = value * 10 + (*p - '0');
        if (value > static_cast<int64_t>(largest_field)) return false;
    }
    return true;
}

// Reads flags, width, precision and length of the directive starting after its '%'. Leaves
// `p` on the conversion character. False when a width or precision exceeds INT_MAX.
bool read_directive(const char *&p, Arguments &arguments, Directive &d) {
    for (;; ++p) {
        bool *flag = *p == '-' ? &d.left_align
                     : *p == '+' ? &d.plus_sign
                     : *p == ' ' ? &d.space_sign
                     : *p == '#' ? &d.alternate
                     : *p == '0' ? &d.zero_pad
                                 : nullptr;
        if (!flag) break;
        *flag = true;
    }

    int64_t field;
    if (*p == '*' || is_digit(*p)) {
        if (!read_field(p, arguments, field)) return false;
        if (field < 0) d.left_align = true;  // C: "a negative field width is taken as a - flag"
        if (field < 0) field = -field;
        if (field > static_cast<int64_t>(largest_field)) return false;  // -INT_MIN
        d.width = static_cast<uint32_t>(field);
    }

    if (*p == '.') {
        ++p;
        if (!read_field(p, arguments, field)) return false;
        d.has_precision = field >= 0;  // C: "a negative precision is taken as if omitted"
        d.precision = d.has_precision ? static_cast<uint32_t>(field) : 0;
    }

    if (*p == 'l') {
        ++p;
        d.length = *p == 'l' ? (++p, Length::ll) : Length::l;
    } else if (*p == 'h') {
        ++p;
        d.length = *p == 'h' ? (++p, Length::hh) : Length::h;
    } else if (*p == 'j' || *p == 'z' || *p == 't') {
        d.length = *p == 'j' ? Length::j : *p == 'z' ? Length::z : Length::t;
        ++p;
    }
    return true;
}

// Performs one conversion; false when it is not one we support. Tested in turn rather than by
// a switch: a jump table over 'A'..'x' would be 336 bytes of read-only data in every program
// that prints.
bool convert(Output &out, const Directive &d, char conversion, Arguments &arguments) {
    if (conversion == 'd' || conversion == 'i') {
        int64_t value = signed_value(integer_argument(arguments, d.length));
        uint64_t magnitude = value < 0 ? 0 - static_cast<uint64_t>(value) : static_cast<uint64_t>(value);
        put_integer(out, d, conversion, magnitude, sign_for(d, value < 0));
        return true;
    }
    if (conversion == 'u' || conversion == 'o' || conversion == 'x' || conversion == 'X') {
        uint64_t value = unsigned_value(integer_argument(arguments, d.length));
        const char *prefix = "";
        if (d.alternate && value != 0 && conversion != 'u' && conversion != 'o')
            prefix = conversion == 'x' ? "0x" : "0X";
        put_integer(out, d, conversion, value, prefix);
        return true;
    }
    // The rest take no length modifier.
    if (d.length != Length::none) return false;
    if (conversion == 's' || conversion == 'm') {
        // %m is glibc's: strerror(errno), no argument, and a field like %s's.
        const char *s =
            conversion == 'm' ? strerror(*__errno_location()) : va_arg(arguments.list, const char *);
        if (s == nullptr) s = d.has_precision && d.precision < 6 ? "" : "(null)";
        put_text(out, d, s, bounded_length(s, d.has_precision ? d.precision : SIZE_MAX));
        return true;
    }
    if (conversion == 'c') {
        char c = static_cast<char>(va_arg(arguments.list, int));
        put_text(out, d, &c, 1);
        return true;
    }
    if (conversion == 'p') {
        auto value = reinterpret_cast<uintptr_t>(va_arg(arguments.list, void *));
        if (value == 0) put_text(out, d, "(nil)", 5);
        // glibc gives %p the flags of a signed conversion.
        else put_integer(out, d, 'p', value, d.plus_sign ? "+0x" : d.space_sign ? " 0x" : "0x");
        return true;
    }
    return false;
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
        // "%%" writes its second '%'; a directive we do not support is copied as written.
        const char *copy_from = directive_start;
        if (*p == '%') {
            copy_from = p;
        } else if (*p && convert(out, d, *p, arguments)) {
            ++p;
            continue;
        }
        if (*p) ++p;
        out.put(copy_from, static_cast<size_t>(p - copy_from));
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

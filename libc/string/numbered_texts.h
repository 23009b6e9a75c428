// A table of texts by number (strerror's, strsignal's), written in the source as readable
// {number, "text"} pairs and laid out at compile time as one block of characters, the texts one
// after another with their terminating NULs, plus each text's number in the smallest unsigned type
// that holds them all (a byte on most arches; MIPS numbers EDQUOT 1133). An array of pointers
// would cost 8 bytes a text on a 64-bit arch and a relocation each in a static-pie, and would sit
// in .data.rel.ro; this is read-only data with no relocation, and one byte a text besides the
// text itself. A lookup walks the block, text by text: strerror and strsignal are not hot.
#pragma once

#include <stddef.h>

namespace vrt {

struct NumberedText {
    int number;
    const char *text;
};

template <size_t Count, size_t Bytes, typename Number>
struct NumberedTexts {
    Number number[Count];  // of each text, in the order of `text`
    char text[Bytes];      // the texts, each with its terminating NUL

    // The text of the first entry with this number, or nullptr.
    const char *find(int wanted) const {
        const char *t = text;
        for (size_t i = 0; i < Count; ++i) {
            if (number[i] == wanted) return t;
            while (*t++ != '\0') {}
        }
        return nullptr;
    }
};

// Never defined: a call to it in a constant evaluation stops the build with this name.
void negative_number_in_a_table_of_texts();

// The bytes the block of texts needs.
template <size_t Count>
consteval size_t text_bytes(const NumberedText (&entries)[Count]) {
    size_t bytes = 0;
    for (const NumberedText &entry : entries) {
        const char *c = entry.text;
        while (*c++) ++bytes;
        ++bytes;
    }
    return bytes;
}

template <size_t Count>
consteval int largest_number(const NumberedText (&entries)[Count]) {
    int largest = 0;
    for (const NumberedText &entry : entries) {
        if (entry.number < 0) negative_number_in_a_table_of_texts();
        if (entry.number > largest) largest = entry.number;
    }
    return largest;
}

// The smallest unsigned type that holds every number up to Largest.
template <int Largest, bool FitsAByte = (Largest <= 0xff)>
struct NumberType {
    using type = unsigned char;
};
template <int Largest>
struct NumberType<Largest, false> {
    static_assert(Largest <= 0xffff, "a text's number must fit 16 bits");
    using type = unsigned short;
};

// Lays the entries out; used as
//   constexpr auto table = pack_texts<text_bytes(kEntries), largest_number(kEntries)>(kEntries);
// so that only the packed table, not the pairs, is in the program.
template <size_t Bytes, int Largest, size_t Count>
consteval auto pack_texts(const NumberedText (&entries)[Count]) {
    using Number = typename NumberType<Largest>::type;
    NumberedTexts<Count, Bytes, Number> packed{};
    size_t at = 0;
    for (size_t i = 0; i < Count; ++i) {
        packed.number[i] = static_cast<Number>(entries[i].number);
        const char *c = entries[i].text;
        do packed.text[at++] = *c; while (*c++);
    }
    return packed;
}

}  // namespace vrt

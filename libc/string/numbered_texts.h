// A table of texts by number (strerror's, strsignal's), written in the source as readable
// {number, "text"} pairs and laid out at compile time as one block of characters plus a 16-bit
// number and a 16-bit offset per text. An array of pointers would cost 8 bytes a text on a 64-bit
// arch and a relocation each in a static-pie, and would sit in .data.rel.ro; this is read-only
// data with no relocation, 4 bytes a text.
#pragma once

#include <stddef.h>

namespace vrt {

struct NumberedText {
    int number;
    const char *text;
};

template <size_t Count, size_t Bytes>
struct NumberedTexts {
    unsigned short number[Count];
    unsigned short offset[Count];  // of each text in `text`
    char text[Bytes];              // the texts, each with its terminating NUL

    // The text of the first entry with this number, or nullptr.
    const char *find(int wanted) const {
        for (size_t i = 0; i < Count; ++i)
            if (number[i] == wanted) return text + offset[i];
        return nullptr;
    }
};

// Never defined: a call to it in a constant evaluation stops the build with this name.
void number_or_offset_does_not_fit_16_bits();

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

// Lays the entries out; used as `constexpr auto table = pack_texts<text_bytes(kEntries)>(kEntries);`
// so that only the packed table, not the pairs, is in the program. A negative number, or a number
// or offset that does not fit 16 bits, is a compile error.
template <size_t Bytes, size_t Count>
consteval NumberedTexts<Count, Bytes> pack_texts(const NumberedText (&entries)[Count]) {
    NumberedTexts<Count, Bytes> packed{};
    size_t at = 0;
    for (size_t i = 0; i < Count; ++i) {
        if (entries[i].number < 0 || entries[i].number > 0xffff || at > 0xffff) number_or_offset_does_not_fit_16_bits();
        packed.number[i] = static_cast<unsigned short>(entries[i].number);
        packed.offset[i] = static_cast<unsigned short>(at);
        const char *c = entries[i].text;
        do packed.text[at++] = *c; while (*c++);
    }
    return packed;
}

}  // namespace vrt

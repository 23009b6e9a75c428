// strdup(3) and strndup(3): copies in memory from malloc, which sets ENOMEM when it fails.
#include <stddef.h>
#include <vrt/malloc.h>

#include "sys/c_strings.h"

namespace {

char *duplicate(const char *s, size_t length) {
    auto *copy = static_cast<char *>(malloc(length + 1));
    if (!copy) return nullptr;
    for (size_t i = 0; i < length; ++i) copy[i] = s[i];
    copy[length] = '\0';
    return copy;
}

}  // namespace

extern "C" {

char *strdup(const char *s) { return duplicate(s, vrt::string_length(s)); }

// Reads no further than `limit` bytes, so s need not be terminated within them.
char *strndup(const char *s, size_t limit) { return duplicate(s, vrt::bounded_string_length(s, limit)); }

}

// setenv and unsetenv on an explicit environment (libc/stdlib/environment.h).
#include "libc/stdlib/environment.h"

#include <asm/errno.h>
#include <stdlib.h>

namespace {

bool is_valid_name(const char *name) {
    if (!name || !*name) return false;
    for (; *name; ++name)
        if (*name == '=') return false;
    return true;
}

// Whether `entry` is "NAME=...".
bool entry_has_name(const char *entry, const char *name) {
    while (*name && *entry == *name) ++entry, ++name;
    return !*name && *entry == '=';
}

size_t length_of(const char *s) {
    size_t n = 0;
    while (s[n]) ++n;
    return n;
}

// Forgets and frees `entry` if setenv made it; leaves anyone else's string alone.
void release(vrt::Environment &environment, char *entry) {
    for (size_t i = 0; i < environment.owned_count; ++i) {
        if (environment.owned_strings[i] == entry) {
            environment.owned_strings[i] = environment.owned_strings[--environment.owned_count];
            free(entry);
            return;
        }
    }
}

// Makes sure the list of strings setenv made can take one more.
bool reserve_owned_string(vrt::Environment &environment) {
    if (environment.owned_count < environment.owned_strings_capacity) return true;
    size_t capacity = environment.owned_strings_capacity ? 2 * environment.owned_strings_capacity : 8;
    auto **grown = static_cast<char **>(
        reallocarray(environment.owned_strings, capacity, sizeof(char *)));
    if (!grown) return false;
    environment.owned_strings = grown;
    environment.owned_strings_capacity = capacity;
    return true;
}

// Makes sure entries, holding `count` entries, is an array from malloc with room for one more
// and the NULL after it, copying the pointers into a new array when it is not ours or is full.
bool reserve_one_more_entry(vrt::Environment &environment, size_t count) {
    bool ours = environment.entries && environment.entries == environment.owned_array;
    if (ours && count + 2 <= environment.owned_capacity) return true;
    size_t capacity = 2 * (count + 2);
    auto **array = static_cast<char **>(reallocarray(nullptr, capacity, sizeof(char *)));
    if (!array) return false;
    for (size_t i = 0; i < count; ++i) array[i] = environment.entries[i];
    array[count] = nullptr;
    // Our previous array goes only if environ still points to it: a program that set environ
    // to an array of its own may yet point it back to ours.
    if (ours) free(environment.owned_array);
    environment.owned_array = environment.entries = array;
    environment.owned_capacity = capacity;
    return true;
}

}  // namespace

namespace vrt {

int set_environment_variable(Environment &environment, const char *name, const char *value,
                             bool overwrite) {
    if (!is_valid_name(name) || !value) return -EINVAL;
    size_t count = 0, found = static_cast<size_t>(-1);
    for (char **e = environment.entries; e && *e; ++e, ++count)
        if (found == static_cast<size_t>(-1) && entry_has_name(*e, name)) found = count;
    if (found != static_cast<size_t>(-1) && !overwrite) return 0;

    size_t name_length = length_of(name), value_length = length_of(value);
    auto *entry = static_cast<char *>(malloc(name_length + 1 + value_length + 1));
    if (!entry) return -ENOMEM;
    for (size_t i = 0; i < name_length; ++i) entry[i] = name[i];
    entry[name_length] = '=';
    for (size_t i = 0; i <= value_length; ++i) entry[name_length + 1 + i] = value[i];

    if (!reserve_owned_string(environment) ||
        (found == static_cast<size_t>(-1) && !reserve_one_more_entry(environment, count))) {
        free(entry);
        return -ENOMEM;
    }
    environment.owned_strings[environment.owned_count++] = entry;
    if (found != static_cast<size_t>(-1)) {
        char *old = environment.entries[found];
        environment.entries[found] = entry;
        release(environment, old);
    } else {
        environment.entries[count] = entry;
        environment.entries[count + 1] = nullptr;
    }
    return 0;
}

int unset_environment_variable(Environment &environment, const char *name) {
    if (!is_valid_name(name)) return -EINVAL;
    if (!environment.entries) return 0;
    // In place: the pointer array may be the initial stack's, which is writable; its strings
    // are not touched.
    char **kept = environment.entries;
    for (char **e = environment.entries; *e; ++e) {
        if (entry_has_name(*e, name))
            release(environment, *e);
        else
            *kept++ = *e;
    }
    *kept = nullptr;
    return 0;
}

}  // namespace vrt

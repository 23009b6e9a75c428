// setenv(3) and unsetenv(3) over an explicit environment, so the unit tests can run them on
// arrays of their own (libc/stdlib/setenv.cpp is the C shell, on `environ`).
//
// The array `environ` points to at start is the kernel's, on the initial stack, and so are its
// strings; a program may also point environ at an array of its own. Neither is ever freed or
// grown: the first setenv that adds a name copies the pointers into an array from malloc, and
// only strings setenv made are freed, when their name is set again or unset.
#pragma once

#include <stddef.h>

namespace vrt {

struct Environment {
    char **entries = nullptr;        // the NULL-terminated "NAME=value" array, i.e. environ
    char **owned_array = nullptr;    // the array from malloc, when entries is it
    size_t owned_capacity = 0;       // entries owned_array has room for, its NULL included
    char **owned_strings = nullptr;  // the strings setenv made and still in use
    size_t owned_count = 0;
    size_t owned_strings_capacity = 0;
};

// 0 or -errno: -EINVAL for a null or empty name or one with '=' (or a null value), -ENOMEM.
// On failure the environment is as it was.
int set_environment_variable(Environment &environment, const char *name, const char *value,
                             bool overwrite);
// 0 or -EINVAL (as above). Removes every entry of that name.
int unset_environment_variable(Environment &environment, const char *name);

}  // namespace vrt

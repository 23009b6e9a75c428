// setenv(3) and unsetenv(3) on `environ` (crt/environ.cpp), over libc/stdlib/environment.cpp.
// environ is read before each call and written after it, so a program that points environ
// somewhere else in between is followed.
#include "libc/stdlib/environment.h"
#include "libc/errno/c_result.h"

extern "C" char **environ;

namespace {

vrt::Environment process_environment;

}  // namespace

extern "C" {

int setenv(const char *name, const char *value, int overwrite) {
    process_environment.entries = environ;
    int result = vrt::set_environment_variable(process_environment, name, value, overwrite != 0);
    environ = process_environment.entries;
    return vrt::c_result(result);
}

int unsetenv(const char *name) {
    process_environment.entries = environ;
    int result = vrt::unset_environment_variable(process_environment, name);
    environ = process_environment.entries;
    return vrt::c_result(result);
}

}

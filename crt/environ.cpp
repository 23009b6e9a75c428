// environ and getenv(3).
#include "crt/initial_stack.h"

extern "C" {
char **environ;
extern char **__environ __attribute__((alias("environ")));

char *getenv(const char *name) { return vrt::find_env(environ, name); }
}

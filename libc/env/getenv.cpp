// getenv(3).
#include "crt/initial_stack.h"

extern "C" {
extern char **environ;
char *getenv(const char *name) { return vrt::find_env(environ, name); }
}

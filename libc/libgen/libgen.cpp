// <libgen.h>'s basename(3) and dirname(3), over libc/libgen/path_parts.h.
#include "libc/libgen/path_parts.h"

extern "C" {

char *__xpg_basename(char *path) { return vrt::path_base_name(path); }
char *dirname(char *path) { return vrt::path_directory(path); }

}

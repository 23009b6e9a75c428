// __assert_fail, what a failed assert() calls (include/assert.h).
#include <assert.h>
#include <vrt/stdio.h>
#include <vrt/stdlib.h>

#include "sys/kernel.h"

namespace {

// glibc prints the program's short name (program_invocation_short_name: argv[0] after its last
// '/'). libvrt keeps argv[0] only in programs that can fail an assertion: this entry is linked
// with this file alone.
const char *program_name = "";

void remember_program_name(int argc, char **argv, char **) {
    if (argc < 1 || !argv[0]) return;
    program_name = argv[0];
    for (const char *p = argv[0]; *p; ++p)
        if (*p == '/') program_name = p + 1;
}
[[gnu::used, gnu::section(".preinit_array")]] void (*const remember_program_name_at_startup)(int, char **, char **) =
    remember_program_name;

}  // namespace

extern "C" void __assert_fail(const char *expression, const char *file, unsigned int line, const char *function) {
    // One write, so that the line is not interleaved with another process's output; a message
    // longer than the buffer is cut, which glibc (which allocates) would not do.
    char message[1024];
    int length = snprintf(message, sizeof message, "%s%s%s:%u: %s%sAssertion `%s' failed.\n",
                          program_name, *program_name ? ": " : "", file, line, function ? function : "",
                          function ? ": " : "", expression);
    if (length < 0) length = 0;
    if (static_cast<size_t>(length) >= sizeof message) {
        length = sizeof message - 1;
        message[length - 1] = '\n';
    }
    vrt::kernel::write(2, message, static_cast<size_t>(length));
    abort();
}

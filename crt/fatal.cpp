#include "crt/fatal.h"

#include "sys/kernel.h"
#include "sys/c_strings.h"

extern "C" [[noreturn]] void abort(void);

namespace vrt {

[[noreturn]] void fatal(const char *message) {
    static const char prefix[] = "libvrt: ";
    kernel::write(2, prefix, sizeof prefix - 1);
    kernel::write(2, message, string_length(message));
    kernel::write(2, "\n", 1);
    abort();
}

}  // namespace vrt

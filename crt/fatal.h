#pragma once

namespace vrt {

// Writes "libvrt: <message>\n" to stderr and dies by SIGABRT, as abort(3) does.
[[noreturn]] void fatal(const char *message);

}  // namespace vrt

// strerror(3): libc/string/error_text.cpp's text. Only an unknown number's text lives in the
// static buffer, which the next unknown number overwrites (C allows it: strerror need not be
// reentrant).
#include "libc/string/describe.h"

namespace {
char unknown_error_text[vrt::kDescriptionBufferSize];
}

extern "C" char *strerror(int error) {
    return const_cast<char *>(vrt::describe_error(error, unknown_error_text));
}

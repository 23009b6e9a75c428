// strsignal(3): libc/string/signal_text.cpp's text, with libvrt's own real-time range: SIGRTMIN
// is the kernel's first real-time signal, since libvrt reserves none for threads (glibc's
// starts two later, so its "Real-time signal 0" is signal 34).
#include <vrt/signal.h>

#include "libc/string/describe.h"

namespace {
char numbered_signal_text[vrt::kDescriptionBufferSize];
}

extern "C" char *strsignal(int signal) {
    return const_cast<char *>(vrt::describe_signal(signal, SIGRTMIN, SIGRTMAX, numbered_signal_text));
}

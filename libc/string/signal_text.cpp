// strsignal's texts. Each entry names its signal constant, so the numbers are the kernel's for
// the architecture being built (include/uapi/asm-generic/signal.h, or the arch's asm/signal.h:
// MIPS moves most of them, and has SIGEMT but no SIGSTKFLT). The texts are glibc's (its
// signal/siglist.h), read from glibc's own strsignal, and compared again by the unit tests.
#include <asm/signal.h>

#include "libc/string/describe.h"
#include "libc/string/numbered_texts.h"

namespace {

constexpr vrt::NumberedText kSignalTexts[] = {
    {SIGHUP, "Hangup"},
    {SIGINT, "Interrupt"},
    {SIGQUIT, "Quit"},
    {SIGILL, "Illegal instruction"},
    {SIGTRAP, "Trace/breakpoint trap"},
    {SIGABRT, "Aborted"},
#ifdef SIGEMT
    {SIGEMT, "EMT trap"},
#endif
    {SIGBUS, "Bus error"},
    {SIGFPE, "Floating point exception"},
    {SIGKILL, "Killed"},
    {SIGUSR1, "User defined signal 1"},
    {SIGSEGV, "Segmentation fault"},
    {SIGUSR2, "User defined signal 2"},
    {SIGPIPE, "Broken pipe"},
    {SIGALRM, "Alarm clock"},
    {SIGTERM, "Terminated"},
#ifdef SIGSTKFLT
    {SIGSTKFLT, "Stack fault"},
#endif
    {SIGCHLD, "Child exited"},
    {SIGCONT, "Continued"},
    {SIGSTOP, "Stopped (signal)"},
    {SIGTSTP, "Stopped"},
    {SIGTTIN, "Stopped (tty input)"},
    {SIGTTOU, "Stopped (tty output)"},
    {SIGURG, "Urgent I/O condition"},
    {SIGXCPU, "CPU time limit exceeded"},
    {SIGXFSZ, "File size limit exceeded"},
    {SIGVTALRM, "Virtual timer expired"},
    {SIGPROF, "Profiling timer expired"},
    {SIGWINCH, "Window changed"},
    {SIGIO, "I/O possible"},
    {SIGPWR, "Power failure"},
    {SIGSYS, "Bad system call"},
};

constexpr auto kTexts =
    vrt::pack_texts<vrt::text_bytes(kSignalTexts), vrt::largest_number(kSignalTexts)>(kSignalTexts);

}  // namespace

namespace vrt {

const char *describe_signal(int signal, int first_realtime, int last_realtime,
                            char (&buffer)[kDescriptionBufferSize]) {
    if (const char *text = kTexts.find(signal)) return text;
    if (signal >= first_realtime && signal <= last_realtime)
        return describe_number("Real-time signal ", signal - first_realtime, buffer);
    return describe_number("Unknown signal ", signal, buffer);
}

}  // namespace vrt

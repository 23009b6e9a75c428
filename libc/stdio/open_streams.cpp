// The streams fopen and fdopen made, and the flush of every stream that fflush(NULL) and exit do.
// The standard streams are reached through weak references: a program links only the ones it
// names (libc/stdio/standard_streams.h), and the reference to one it does not link is null.
#include "libc/stdio/open_streams.h"

#include <stdio.h>

#include "libc/stdio/c_file.h"

namespace vrt::stdio {

extern FILE standard_input __attribute__((weak));
extern FILE standard_output __attribute__((weak));
extern FILE standard_error __attribute__((weak));
extern File *interactive_output __attribute__((weak));

namespace {

// Newest first; fclose takes a stream out.
File *opened_streams = nullptr;

// Out of line: one copy of the flush serves every stream below, where inlining would make four.
// A null stream is a standard one the program never named, so never linked.
[[gnu::noinline]] void flush_output(File *f, int &result) {
    if (!f || !f->write_next) return;  // only output is flushed (input stays buffered, as glibc)
    int r = flush(*f);
    if (result == 0) result = r;
}

}  // namespace

void add_open_stream(File &f) {
    f.next_open = opened_streams;
    opened_streams = &f;
}

void remove_open_stream(File &f) {
    for (File **link = &opened_streams; *link; link = &(*link)->next_open) {
        if (*link == &f) {
            *link = f.next_open;
            break;
        }
    }
    if (&interactive_output && interactive_output == &f) interactive_output = nullptr;
}

int flush_all() {
    int result = 0;
    for (File *f = opened_streams; f; f = f->next_open) flush_output(f, result);
    // Then the standard streams, in the order exit has always flushed them. Each address is
    // loaded on its own: ld turns such a load of a weak symbol into a constant (0 when the stream
    // is not linked), where an array of them would need a GOT.
    flush_output(&standard_input, result);
    flush_output(&standard_output, result);
    flush_output(&standard_error, result);
    return result;
}

}  // namespace vrt::stdio

// exit() runs the atexit handlers (C++ static destructors among them), then .fini_array from its
// end to its start (crt/exit.cpp). The linker sorts prioritised entries to the front, lowest
// number first (SORT_BY_INIT_PRIORITY), so priority 100, the highest one reserved for the
// implementation, runs after every destructor function a program can declare, as C11 7.22.4.4
// orders it: handlers, then the streams. _exit skips .fini_array, and with it this flush. The
// name is a C one because each standard stream's object names it (libc/stdio/standard_streams.h).
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wprio-ctor-dtor"
extern "C" [[gnu::destructor(100)]] void vrt_stdio_exit_flush() { vrt::stdio::flush_all(); }
#pragma GCC diagnostic pop

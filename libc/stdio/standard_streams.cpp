// stdin, stdout and stderr, the list of open streams they start, and the flush at exit. Linked
// only into programs that use a stream, and with no startup code: the streams and the list are
// initialised data, and the exit flush is an entry in .fini_array, so crt knows nothing of stdio
// and a program without streams pays nothing for them.
#include <stdio.h>

#include "libc/stdio/c_file.h"
#include "libc/stdio/descriptor_io.h"
#include "libc/stdio/open_streams.h"

namespace vrt::stdio {
namespace {

// The buffers live in .bss: they cost no file size, and no memory until first written.
char stdin_buffer[BUFSIZ + kUngetRoom];
char stdout_buffer[BUFSIZ + kUngetRoom];
char stderr_buffer[BUFSIZ + kUngetRoom];  // only if setvbuf asks stderr to buffer

// Idle streams, set up without code: C11 7.21.3p7 says stderr is not fully buffered (glibc makes
// it unbuffered); stdin and stdout choose line or full buffering at their first I/O.
FILE standard_error = {{
    .flags = kWritable | kUnbuffered,
    .buffer = standard_error.unbuffered_room,
    .size = sizeof standard_error.unbuffered_room,
    .own_buffer = stderr_buffer,
    .own_size = sizeof stderr_buffer,
    .io = &descriptor_io,
    .cookie = static_cast<File *>(&standard_error),
    .fd = 2,
    .next_open = nullptr,
}};
FILE standard_output = {{
    .flags = kWritable,
    .buffer = stdout_buffer,
    .size = sizeof stdout_buffer,
    .own_buffer = stdout_buffer,
    .own_size = sizeof stdout_buffer,
    .io = &descriptor_io,
    .cookie = static_cast<File *>(&standard_output),
    .fd = 1,
    .next_open = &standard_error,
}};
FILE standard_input = {{
    .flags = kReadable,
    .buffer = stdin_buffer,
    .size = sizeof stdin_buffer,
    .own_buffer = stdin_buffer,
    .own_size = sizeof stdin_buffer,
    .io = &descriptor_io,
    .cookie = static_cast<File *>(&standard_input),
    .fd = 0,
    .next_open = &standard_output,
}};

File *open_streams = &standard_input;

// exit() runs the atexit handlers (C++ static destructors among them), then .fini_array from its
// end to its start (crt/exit.cpp). The linker sorts prioritised entries to the front, lowest
// number first (SORT_BY_INIT_PRIORITY), so priority 100, the highest one reserved for the
// implementation, runs after every destructor function a program can declare, as C11 7.22.4.4
// orders it: handlers, then the streams. _exit skips .fini_array, and with it this flush.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wprio-ctor-dtor"
[[gnu::destructor(100)]] void flush_at_exit() { flush_all(); }
#pragma GCC diagnostic pop

}  // namespace

File *interactive_output = &standard_output;

void add_open_stream(File &f) {
    f.next_open = open_streams;
    open_streams = &f;
}

void remove_open_stream(File &f) {
    for (File **link = &open_streams; *link; link = &(*link)->next_open) {
        if (*link == &f) {
            *link = f.next_open;
            break;
        }
    }
    if (interactive_output == &f) interactive_output = nullptr;
}

int flush_all() {
    int result = 0;
    for (File *f = open_streams; f; f = f->next_open) {
        if (!f->write_next) continue;  // only output is flushed (input stays buffered, as glibc)
        int r = flush(*f);
        if (result == 0) result = r;
    }
    return result;
}

}  // namespace vrt::stdio

extern "C" {
FILE *stdin = &vrt::stdio::standard_input;
FILE *stdout = &vrt::stdio::standard_output;
FILE *stderr = &vrt::stdio::standard_error;
}

// stdin, stdout and stderr, and the list of open streams they start. Linked only into programs
// that use a stream; this file's constructor is what makes exit() flush them (crt/exit.cpp calls
// through vrt::flush_streams_at_exit, so crt needs nothing from libc/).
#include <stdio.h>

#include "crt/exit_handlers.h"
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

void flush_at_exit() { flush_all(); }

[[gnu::constructor]] void register_exit_flush() {
    vrt::flush_streams_at_exit = flush_at_exit;
    interactive_output = &standard_output;
}

}  // namespace

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

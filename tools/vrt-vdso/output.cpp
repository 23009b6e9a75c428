#include "output.h"

#include <vrt/stdio.h>
#include <vrt/string.h>
#include <vrt/unistd.h>

Output out;

void Output::append(const char *s, size_t n) {
    while (n) {
        if (used_ == sizeof buffer_) flush();
        size_t room = sizeof buffer_ - used_;
        size_t take = n < room ? n : room;
        memcpy(buffer_ + used_, s, take);
        used_ += take;
        s += take;
        n -= take;
    }
}

void Output::print(const char *format, ...) {
    char line[1024];
    va_list ap;
    va_start(ap, format);
    int n = vsnprintf(line, sizeof line, format, ap);
    va_end(ap);
    if (n < 0) return;
    if (static_cast<size_t>(n) < sizeof line) {
        append(line, static_cast<size_t>(n));
        return;
    }
    flush();  // longer than a line buffer: format straight to the descriptor
    va_start(ap, format);
    vdprintf(1, format, ap);
    va_end(ap);
}

void Output::json_string(const char *s) {
    append("\"", 1);
    for (; s && *s; ++s) {
        unsigned char c = static_cast<unsigned char>(*s);
        if (c == '"' || c == '\\') {
            char escaped[2] = {'\\', static_cast<char>(c)};
            append(escaped, 2);
        } else if (c < 0x20) {
            print("\\u%04x", c);
        } else {
            append(s, 1);
        }
    }
    append("\"", 1);
}

void Output::flush() {
    size_t done = 0;
    while (done < used_) {
        ssize_t n = write(1, buffer_ + done, used_ - done);
        if (n <= 0) break;
        done += static_cast<size_t>(n);
    }
    used_ = 0;
}

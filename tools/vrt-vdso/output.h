// Buffered output for the report: printf-style text through libvrt's vsnprintf, written to fd 1
// in large pieces (libvrt's printf is unbuffered on purpose), and JSON string quoting.
#pragma once

#include <stdarg.h>
#include <stddef.h>

class Output {
public:
    ~Output() { flush(); }
    void print(const char *format, ...) __attribute__((format(printf, 2, 3)));
    // A JSON string literal: quotes, and escapes for ", \ and control characters.
    void json_string(const char *s);
    void flush();

private:
    void append(const char *s, size_t n);
    char buffer_[16384];
    size_t used_ = 0;
};

extern Output out;

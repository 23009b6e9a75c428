// strerror's and strsignal's texts (libc/string/error_text.cpp, signal_text.cpp) against
// glibc's own strerror and strsignal, number by number.
#include "libc/string/describe.h"

#include <doctest/doctest.h>

#include <climits>
#include <csignal>
#include <cstring>
#include <string>

TEST_CASE("strerror: glibc's text for every number from -200 to 4200, and the extremes") {
    char buffer[vrt::kDescriptionBufferSize];
    auto check = [&](int error) {
        INFO("errno ", error);
        CHECK(std::string(vrt::describe_error(error, buffer)) == strerror(error));
    };
    for (int error = -200; error <= 4200; ++error) check(error);
    check(INT_MIN);
    check(INT_MAX);
}

TEST_CASE("strerror: an unknown number's text is built in the caller's buffer") {
    char buffer[vrt::kDescriptionBufferSize];
    const char *text = vrt::describe_error(4096, buffer);
    CHECK(text == buffer);
    CHECK(std::string(text) == "Unknown error 4096");
    CHECK(vrt::describe_error(EPERM, buffer) != buffer);
}

TEST_CASE("strsignal: glibc's text for every signal, its real-time range given as glibc's") {
    char buffer[vrt::kDescriptionBufferSize];
    auto check = [&](int signal) {
        INFO("signal ", signal);
        CHECK(std::string(vrt::describe_signal(signal, SIGRTMIN, SIGRTMAX, buffer)) == strsignal(signal));
    };
    for (int signal = -100; signal <= 300; ++signal) check(signal);
    check(INT_MIN);
    check(INT_MAX);
}

TEST_CASE("strsignal: libvrt's real-time range starts at the kernel's first real-time signal") {
    char buffer[vrt::kDescriptionBufferSize];
    CHECK(std::string(vrt::describe_signal(32, 32, 64, buffer)) == "Real-time signal 0");
    CHECK(std::string(vrt::describe_signal(64, 32, 64, buffer)) == "Real-time signal 32");
    CHECK(std::string(vrt::describe_signal(65, 32, 64, buffer)) == "Unknown signal 65");
}

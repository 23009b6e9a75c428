// vrt::count_cpu_list on the kernel's CPU list format: lists written from random CPU sets the
// way the kernel prints them (bitmap_print_to_pagebuf, "%*pbl": ascending runs, a-b for a run
// of two or more), and malformed text, which counts as nothing.
#include "libc/unistd/cpu_list.h"

#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

namespace {

std::string kernel_cpu_list(const std::vector<bool> &cpus) {
    std::string text;
    for (size_t i = 0; i < cpus.size();) {
        if (!cpus[i]) { ++i; continue; }
        size_t last = i;
        while (last + 1 < cpus.size() && cpus[last + 1]) ++last;
        if (!text.empty()) text += ',';
        text += std::to_string(i);
        if (last > i) text += '-' + std::to_string(last);
        i = last + 1;
    }
    return text + '\n';
}

long count(const std::string &text) { return vrt::count_cpu_list(text.data(), text.size()); }

}  // namespace

TEST_CASE("cpu list: the count of a list the kernel prints is the number of CPUs in it") {
    std::mt19937 random(7);
    for (int round = 0; round < 2000; ++round) {
        std::vector<bool> cpus(1 + random() % 4096);
        long expected = 0;
        const unsigned density = 1 + random() % 100;
        for (size_t i = 0; i < cpus.size(); ++i)
            if (random() % 100 < density) { cpus[i] = true; ++expected; }
        const std::string text = kernel_cpu_list(cpus);
        CAPTURE(text);
        REQUIRE(count(text) == expected);
    }
    CHECK(count("0\n") == 1);
    CHECK(count("0-3") == 4);
    CHECK(count("0-1,4-7,9\n") == 7);
}

TEST_CASE("cpu list: malformed text counts as nothing") {
    for (const char *text : {"", "\n", "-", "a", "0-", "3-1", "0,", ",0", "0-1,,2", "0 1", "1-2-3", "99999999"}) {
        CAPTURE(text);
        CHECK(count(text) == 0);
    }
}

// crt/int64_division.cpp against the host's native 64-bit division.
#include <doctest/doctest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <cstdint>
#include <random>
#include <vector>

extern "C" {
unsigned long long __udivdi3(unsigned long long a, unsigned long long b);
unsigned long long __umoddi3(unsigned long long a, unsigned long long b);
unsigned long long __udivmoddi4(unsigned long long a, unsigned long long b, unsigned long long *remainder);
long long __divdi3(long long a, long long b);
long long __moddi3(long long a, long long b);
long long __divmoddi4(long long a, long long b, long long *remainder);
}

namespace {

void expect_unsigned_like_native(uint64_t a, uint64_t b) {
    INFO(a << " / " << b);
    CHECK(__udivdi3(a, b) == a / b);
    CHECK(__umoddi3(a, b) == a % b);
    unsigned long long remainder = 0;
    CHECK(__udivmoddi4(a, b, &remainder) == a / b);
    CHECK(remainder == a % b);
}

void expect_signed_like_native(int64_t a, int64_t b) {
    if (a == INT64_MIN && b == -1) return;  // overflows natively; pinned down by its own test
    INFO(a << " / " << b);
    CHECK(__divdi3(a, b) == a / b);
    CHECK(__moddi3(a, b) == a % b);
    long long remainder = 0;
    CHECK(__divmoddi4(a, b, &remainder) == a / b);
    CHECK(remainder == a % b);
}

// Values where long division goes wrong first: zero, one, word boundaries, all-ones, top bit.
std::vector<uint64_t> edge_values() {
    std::vector<uint64_t> values = {0, 1, 2, 3, 7, 10, 0xffffffffu, 0x100000000u, 0x100000001u,
                                    0x7fffffffffffffffu, 0x8000000000000000u, 0x8000000000000001u,
                                    0xfffffffffffffffeu, 0xffffffffffffffffu, 0x123456789abcdefu};
    for (int bit = 0; bit < 64; ++bit) {
        uint64_t power = uint64_t{1} << bit;
        values.push_back(power);
        values.push_back(power - 1);
        values.push_back(power + 1);
    }
    return values;
}

}  // namespace

TEST_CASE("unsigned division of every pair of edge values matches native division") {
    const std::vector<uint64_t> values = edge_values();
    for (uint64_t a : values)
        for (uint64_t b : values)
            if (b != 0) expect_unsigned_like_native(a, b);
}

TEST_CASE("signed division of every pair of edge values matches native division") {
    std::vector<int64_t> values;
    for (uint64_t v : edge_values()) {
        values.push_back(static_cast<int64_t>(v));
        values.push_back(static_cast<int64_t>(0 - v));
    }
    values.push_back(INT64_MIN);
    values.push_back(INT64_MIN + 1);
    values.push_back(INT64_MAX);
    for (int64_t a : values)
        for (int64_t b : values)
            if (b != 0) expect_signed_like_native(a, b);
}

TEST_CASE("random dividends and divisors of every width match native division") {
    std::mt19937_64 random(64);
    for (int i = 0; i < 200000; ++i) {
        uint64_t a = random() >> (random() % 64);
        uint64_t b = random() >> (random() % 64);
        if (b == 0) continue;
        expect_unsigned_like_native(a, b);
        expect_signed_like_native(static_cast<int64_t>(a), static_cast<int64_t>(b));
        expect_signed_like_native(-static_cast<int64_t>(a >> 1), static_cast<int64_t>(b));
        expect_signed_like_native(static_cast<int64_t>(a), -static_cast<int64_t>(b >> 1 | 1));
    }
}

TEST_CASE("INT64_MIN / -1 wraps to INT64_MIN with remainder 0") {
    CHECK(__divdi3(INT64_MIN, -1) == INT64_MIN);
    CHECK(__moddi3(INT64_MIN, -1) == 0);
    long long remainder = 1;
    CHECK(__divmoddi4(INT64_MIN, -1, &remainder) == INT64_MIN);
    CHECK(remainder == 0);
}

TEST_CASE("a null remainder pointer is accepted") {
    CHECK(__udivmoddi4(100, 7, nullptr) == 14);
    CHECK(__divmoddi4(-100, 7, nullptr) == -14);
}

TEST_CASE("division by zero traps instead of returning") {
    auto dies_by_signal = [](auto divide_by_zero) {
        pid_t child = fork();
        if (child == 0) {
            // Die by the signal itself, not through doctest's crash report.
            for (int signal : {SIGILL, SIGTRAP, SIGFPE, SIGSEGV, SIGBUS, SIGABRT}) std::signal(signal, SIG_DFL);
            divide_by_zero();
            _exit(0);
        }
        int status = 0;
        waitpid(child, &status, 0);
        return WIFSIGNALED(status);
    };
    // volatile: keep the compiler from seeing the zero.
    static volatile unsigned long long zero = 0;
    CHECK(dies_by_signal([] { (void)__udivdi3(1, zero); }));
    CHECK(dies_by_signal([] { (void)__umoddi3(1, zero); }));
    CHECK(dies_by_signal([] { (void)__divdi3(-1, static_cast<long long>(zero)); }));
    CHECK(dies_by_signal([] { (void)__moddi3(1, static_cast<long long>(zero)); }));
}

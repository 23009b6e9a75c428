// vrt::tls_layout against layouts worked out by hand from the formulas the linkers use
// (Drepper, "ELF Handling For Thread-Local Storage", 3.4; the arch psABIs): variant II as on
// x86, variant I with the TCB above the thread pointer as on aarch64, with the block at the
// thread pointer as on riscv, and with the thread pointer 0x7000 past the block's start as on
// powerpc and mips.
#include "crt/tls_layout.h"

#include <doctest/doctest.h>

#include <cstddef>
#include <initializer_list>

namespace {

constexpr vrt::TlsArch x86_64_like = {true, 64, 0, 0};
constexpr vrt::TlsArch aarch64_like = {false, 16, 16, 0};
constexpr vrt::TlsArch riscv_like = {false, 16, 0, 0};
constexpr vrt::TlsArch powerpc_like = {false, 16, 0, -0x7000};

struct Expected {
    size_t area_size, area_align, block_offset;
    ptrdiff_t tp_offset;
};

void check_layout(const vrt::TlsArch &arch, size_t memsz, size_t align, Expected e) {
    vrt::TlsLayout l = vrt::tls_layout(arch, memsz, align);
    INFO("memsz " << memsz << ", align " << align);
    CHECK(l.area_size == e.area_size);
    CHECK(l.area_align == e.area_align);
    CHECK(l.block_offset == e.block_offset);
    CHECK(l.tp_offset == e.tp_offset);
}

}  // namespace

TEST_CASE("variant II: the block ends at the thread pointer, where the TCB starts") {
    check_layout(x86_64_like, 0, 1, {64, 16, 0, 0});            // no PT_TLS: the TCB alone
    check_layout(x86_64_like, 20, 4, {96, 16, 12, 32});         // a 20-byte block below TP 32
    check_layout(x86_64_like, 16, 16, {80, 16, 0, 16});
    check_layout(x86_64_like, 8, 32, {96, 32, 0, 32});          // the block rounds up to 32
    check_layout(x86_64_like, 100, 64, {192, 64, 0, 128});
    check_layout(x86_64_like, 5000, 4096, {8256, 4096, 0, 8192});
    check_layout(x86_64_like, 4097, 8, {4176, 16, 8, 4112});    // a 4104-byte block below TP 4112
}

TEST_CASE("variant II: the thread pointer is aligned to the block's alignment, the block ends there") {
    for (size_t align = 1; align <= 8192; align *= 2) {
        for (size_t memsz : {size_t(1), size_t(17), size_t(4095), size_t(12345)}) {
            vrt::TlsLayout l = vrt::tls_layout(x86_64_like, memsz, align);
            INFO("memsz " << memsz << ", align " << align);
            CHECK(l.tp_offset % static_cast<ptrdiff_t>(align) == 0);
            CHECK(l.area_align >= align);
            CHECK(l.block_offset + vrt::round_up(memsz, align) == static_cast<size_t>(l.tp_offset));
            CHECK(l.area_size == static_cast<size_t>(l.tp_offset) + 64);
        }
    }
}

TEST_CASE("variant I, aarch64-like: the block starts round_up(16, align) above the thread pointer") {
    check_layout(aarch64_like, 0, 1, {16, 16, 16, 0});
    check_layout(aarch64_like, 40, 8, {56, 16, 16, 0});
    check_layout(aarch64_like, 40, 64, {128, 64, 64, 0});       // TCB padded to 64, TP at the start
    check_layout(aarch64_like, 10, 4096, {8192, 4096, 4096, 0});
}

TEST_CASE("variant I, riscv-like: the block starts at the thread pointer, the TCB is below it") {
    check_layout(riscv_like, 40, 8, {56, 16, 16, 16});
    check_layout(riscv_like, 40, 64, {128, 64, 64, 64});
}

TEST_CASE("variant I, powerpc-like: the thread pointer lies 0x7000 past the block's start") {
    check_layout(powerpc_like, 40, 8, {56, 16, 16, 0x7010});
    check_layout(powerpc_like, 300, 128, {512, 128, 128, 0x7080});
}

TEST_CASE("a PT_TLS alignment of 0 means 1") {
    vrt::TlsLayout zero = vrt::tls_layout(x86_64_like, 24, 0);
    vrt::TlsLayout one = vrt::tls_layout(x86_64_like, 24, 1);
    CHECK(zero.area_size == one.area_size);
    CHECK(zero.tp_offset == one.tp_offset);
    CHECK(zero.block_offset == one.block_offset);
}

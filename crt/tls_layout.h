// Where the thread control block (TCB), the executable's TLS block and the thread pointer (TP)
// go inside one allocated area. Two layouts exist (Drepper, "ELF Handling For Thread-Local
// Storage", section 3.4):
//   variant II (x86, s390x):  [ pad | TLS block | TCB ]   TP = start of TCB = end of block
//   variant I (the others):   [ TCB | pad | TLS block ]   block = TP + round_up(tcb_above_tp,
//                                                          align) + bias; TP may lie outside.
// The linker computes every static TLS offset with the same formula, so this must match it.
#pragma once

#include <stddef.h>

namespace vrt {

struct TlsLayout {
    size_t area_size;     // bytes to allocate
    size_t area_align;    // alignment of the area's start
    size_t block_offset;  // where the TLS image is copied, from the area's start
    ptrdiff_t tp_offset;  // the thread pointer, from the area's start
};

constexpr size_t round_up(size_t n, size_t align) { return (n + align - 1) & ~(align - 1); }

struct TlsArch {
    bool block_below_tp;
    size_t tcb_size;
    size_t tcb_above_tp;
    ptrdiff_t block_bias;
};

// memsz and align are PT_TLS's p_memsz and p_align (0 and 1 when there is no PT_TLS).
constexpr TlsLayout tls_layout(const TlsArch &arch, size_t memsz, size_t align) {
    if (align < 1) align = 1;
    size_t area_align = align > 16 ? align : 16;
    size_t block_size = round_up(memsz, align);
    TlsLayout l = {};
    l.area_align = area_align;
    if (arch.block_below_tp) {
        size_t tp = round_up(block_size, area_align);
        l.block_offset = tp - block_size;
        l.tp_offset = static_cast<ptrdiff_t>(tp);
        l.area_size = tp + arch.tcb_size;
    } else {
        l.block_offset = round_up(arch.tcb_size, area_align);
        l.tp_offset = static_cast<ptrdiff_t>(l.block_offset) -
                      static_cast<ptrdiff_t>(round_up(arch.tcb_above_tp, align)) - arch.block_bias;
        l.area_size = l.block_offset + block_size;
    }
    return l;
}

}  // namespace vrt

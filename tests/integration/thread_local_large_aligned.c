// A TLS block larger than libvrt's static area and aligned to 4096 bytes, which the start code
// must place in memory of its own: every variable keeps its initial value, the 64 KiB .tbss
// array is zero throughout, and the alignment holds.
#include "self_check.h"

static _Thread_local _Alignas(4096) unsigned char page_aligned[4096] = {1, 2, 3};
static _Thread_local unsigned char large[65536];
static _Thread_local int marker = 0x5a5a;

int main(void) {
    check(((unsigned long)page_aligned & 4095) == 0, "an _Alignas(4096) TLS array is page-aligned");
    check(page_aligned[0] == 1 && page_aligned[1] == 2 && page_aligned[2] == 3 && page_aligned[4095] == 0,
          "it holds its initial value");
    int all_zero = 1;
    for (unsigned i = 0; i < sizeof large; ++i) all_zero &= large[i] == 0;
    check(all_zero, "a 64 KiB .tbss array is zero throughout");
    check_equal(marker, 0x5a5a, "an int after them keeps its initial value");
    for (unsigned i = 0; i < sizeof large; ++i) large[i] = (unsigned char)i;
    check(large[65535] == 255 && marker == 0x5a5a && page_aligned[0] == 1, "writing the array overruns nothing");
    return check_result();
}

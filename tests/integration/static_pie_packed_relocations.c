// cflags: -Wl,-z,pack-relative-relocs
// links: static-pie
//
// Linked with packed relative relocations: in a static-pie, GNU ld (2.38+, x86 only in Debian
// 12's 2.40; elsewhere it ignores the option) and lld put the address words in DT_RELR instead of
// .rela.dyn / .rel.dyn, and libvrt's start code must apply that table (crt/relocate.h) before
// main. Words that hold addresses (a table of pointers to data, one of pointers to functions, a
// run of 70 consecutive pointers, which needs an address entry and then more than one bitmap
// entry) must equal the addresses the code computes PC-relatively. Built only as a static-pie
// (`// links:`): in a non-PIE static link there is nothing to relocate, and the same checks would
// hold whatever the start code did.
#include <linux/elf.h>

#include "self_check.h"

static int values[70];
static int *const run[70] = {
    &values[0],  &values[1],  &values[2],  &values[3],  &values[4],  &values[5],  &values[6],
    &values[7],  &values[8],  &values[9],  &values[10], &values[11], &values[12], &values[13],
    &values[14], &values[15], &values[16], &values[17], &values[18], &values[19], &values[20],
    &values[21], &values[22], &values[23], &values[24], &values[25], &values[26], &values[27],
    &values[28], &values[29], &values[30], &values[31], &values[32], &values[33], &values[34],
    &values[35], &values[36], &values[37], &values[38], &values[39], &values[40], &values[41],
    &values[42], &values[43], &values[44], &values[45], &values[46], &values[47], &values[48],
    &values[49], &values[50], &values[51], &values[52], &values[53], &values[54], &values[55],
    &values[56], &values[57], &values[58], &values[59], &values[60], &values[61], &values[62],
    &values[63], &values[64], &values[65], &values[66], &values[67], &values[68], &values[69]};

static int one(void) { return 1; }
static int two(void) { return 2; }
static int (*const functions[])(void) = {one, two, one};
static const char *const words[] = {"packed", "relative", "relocations"};

// The executable's own dynamic section: a static-pie has one (a non-PIE static link does not).
extern const char _DYNAMIC[] __attribute__((weak, visibility("hidden")));

static int has_tag(long tag) {
    if (sizeof(void *) == 8) {
        for (const Elf64_Dyn *d = (const Elf64_Dyn *)_DYNAMIC; d->d_tag != DT_NULL; ++d)
            if (d->d_tag == tag) return 1;
    } else {
        for (const Elf32_Dyn *d = (const Elf32_Dyn *)_DYNAMIC; d->d_tag != DT_NULL; ++d)
            if (d->d_tag == tag) return 1;
    }
    return 0;
}

int main(void) {
    int wrong = 0;
    for (int i = 0; i < 70; ++i) wrong += run[i] != &values[i];
    check_equal(wrong, 0, "70 consecutive relocated pointers hold their targets' addresses");
    check(functions[0] == one && functions[1] == two && functions[2] == one,
          "pointers to functions hold the functions' addresses");
    check_equal(functions[0]() + functions[1]() + functions[2](), 4, "calls through them arrive");
    check_strings(words[1], "relative", "pointers to string literals reach the strings");

    if (!check(_DYNAMIC != 0, "linked as a static-pie: there is a dynamic section"))
        return check_result();
    const long dt_relr = 36;  // the gABI's DT_RELR
    int packed = has_tag(dt_relr);
    out(packed ? "note: relocated through DT_RELR\n" : "note: this linker ignored -z pack-relative-relocs\n");
#if defined(__x86_64__) || defined(__i386__)
    check(packed, "GNU ld and lld pack them on x86: the dynamic section has DT_RELR");
#endif
    return check_result();
}

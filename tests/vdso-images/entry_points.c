// Stand-ins for a vDSO's entry points, linked by tests/unit/vdso.mk into small shared objects
// that the reader's unit tests parse as files. The bodies never run; each returns its own value
// so that no two symbols share an address.
int __vdso_clock_gettime(int clock, void *ts) { return clock + (ts != 0) + 1; }
int __vdso_gettimeofday(void *tv, void *tz) { return (tv != 0) + (tz != 0) + 2; }
long __vdso_time(long *t) { return t ? *t + 3 : 3; }
int __vdso_getcpu(unsigned *cpu, unsigned *node, void *cache) { return (cpu != 0) + (node != 0) + (cache != 0) + 4; }
int __vdso_clock_getres(int clock, void *ts) { return clock + (ts != 0) + 5; }

// Weak, as the x86_64 vDSO's unprefixed aliases are.
__attribute__((weak)) int clock_gettime(int clock, void *ts) { return clock + (ts != 0) + 6; }

// A data symbol: never an answer of find_symbol.
const int __vdso_data = 7;

// No .type directive: an STT_NOTYPE entry point, as aarch64's __kernel_rt_sigreturn is.
__asm__(".text\n"
        ".globl __vdso_rt_sigreturn\n"
        "__vdso_rt_sigreturn:\n"
        ".skip 16\n");

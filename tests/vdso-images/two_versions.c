// One name defined in two versions: __vdso_clock_gettime@LINUX_2.6 (hidden, the old one) and
// __vdso_clock_gettime@@LINUX_4.15 (the default). A versioned lookup must find each one's code.
int clock_gettime_2_6(int clock, void *ts) { return clock + (ts != 0) + 1; }
int clock_gettime_4_15(int clock, void *ts) { return clock + (ts != 0) + 2; }
long __vdso_time(long *t) { return t ? *t + 3 : 3; }

__asm__(".symver clock_gettime_2_6, __vdso_clock_gettime@LINUX_2.6");
__asm__(".symver clock_gettime_4_15, __vdso_clock_gettime@@LINUX_4.15");

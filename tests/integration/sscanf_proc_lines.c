// sscanf as code that reads /proc uses it, on this arch's own type sizes: a line of
// /proc/self/stat, "key: value kB" lines, a scan set up to a delimiter, %n, and the limits of
// %ld and %lld (where long is 32-bit, %ld saturates at 2^31 - 1, as glibc's strtol does).
#include <stdio.h>

#include "self_check.h"

int main(void) {
    char text[4096];
    long n = read_whole_file("/proc/self/stat", text, sizeof text);
    if (check(n > 0, "read /proc/self/stat")) {
        int pid = 0, ppid = 0, consumed = 0;
        char name[64] = "", state = 0;
        int got = sscanf(text, "%d (%63[^)]) %c %d%n", &pid, name, &state, &ppid, &consumed);
        check_equal(got, 4, "four conversions from /proc/self/stat");
        check_equal(pid, getpid(), "the first is our pid");
        check_equal(ppid, getppid(), "the fourth our parent's");
        check(state > ' ', "the third is the state (a letter; qemu-user writes 0)");
        check(consumed > 0 && text[consumed] == ' ', "%n stops after the parent's pid");
    }

    unsigned long kb = 0;
    char key[32] = "";
    check_equal(sscanf("VmRSS:\t    1234 kB\n", "%31[^:]: %lu kB", key, &kb), 2, "a key: value kB line");
    check_strings(key, "VmRSS", "the key");
    check_equal((long long)kb, 1234, "the value");

    long l = 0;
    long long ll = 0;
    sscanf("99999999999999999999", "%ld", &l);
    sscanf("99999999999999999999", "%lld", &ll);
    check_equal(ll, 9223372036854775807ll, "%lld saturates at LLONG_MAX");
    check_equal(l, sizeof(long) == 8 ? 9223372036854775807ll : 2147483647ll, "%ld saturates at LONG_MAX");
    unsigned char byte = 0;
    check_equal(sscanf("0x1ff", "%hhx", &byte), 1, "%hhx");
    check_equal(byte, 0xff, "keeps the low byte");
    void *p = (void *)1;
    check_equal(sscanf("(nil)", "%p", &p), 1, "%p reads (nil)");
    check(p == NULL, "as a null pointer");
    int unused = 5;
    check_equal(sscanf("", "%d", &unused), EOF, "EOF for an empty input");
    check_equal(sscanf("x", "%d", &unused), 0, "0 for a matching failure");
    check_equal(unused, 5, "which assigns nothing");
    return check_result();
}

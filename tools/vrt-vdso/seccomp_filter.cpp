#include "seccomp_filter.h"

#include <asm/unistd.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <stddef.h>
#include <vrt/unistd.h>
#include <vrt/vdso.h>

int install_seccomp_filter(const long *numbers, int count, unsigned action) {
    constexpr int max_numbers = 16;
    if (count > max_numbers) return -1;
    sock_filter program[2 + 2 * max_numbers];
    int n = 0;
    program[n++] = BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(seccomp_data, nr));
    for (int i = 0; i < count; ++i) {
        program[n++] = BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, static_cast<unsigned>(numbers[i]), 0, 1);
        program[n++] = BPF_STMT(BPF_RET | BPF_K, action);
    }
    program[n++] = BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW);
    sock_fprog fprog = {static_cast<unsigned short>(n), program};
    if (syscall(__NR_prctl, 38 /* PR_SET_NO_NEW_PRIVS */, 1, 0, 0, 0) != 0) return -1;
    return syscall(__NR_seccomp, SECCOMP_SET_MODE_FILTER, 0, &fprog) == 0 ? 0 : -1;
}

int time_syscall_numbers(long *numbers, int capacity) {
    return static_cast<int>(vrt_time_syscalls(numbers, static_cast<size_t>(capacity)));
}

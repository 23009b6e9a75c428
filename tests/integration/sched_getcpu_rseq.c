// sched_getcpu reads the CPU from the rseq area libvrt registers at its first call (sys/rseq.h),
// and falls back to the vDSO or the system call when it cannot have one:
//   - nothing is registered before the first call (__rseq_size is 0), and once the kernel has
//     rseq, the area is registered after it, at the thread pointer plus __rseq_offset;
//   - pinned to each CPU it may use in turn, sched_getcpu answers that CPU, as getcpu(2) does;
//   - a child that registered an area of its own first still gets the right CPU (libvrt's
//     registration fails with EBUSY, and sched_getcpu asks the vDSO), and __rseq_size stays 0.
// Under qemu-user there is no rseq (ENOSYS): the answers must be right all the same.
#include <asm/unistd.h>
#include <linux/rseq.h>
#include <vrt/rseq.h>
#include <vrt/sched.h>
#include <vrt/vdso.h>
#include <vrt/wait.h>

#include "self_check.h"

// Whether this kernel has rseq at all: a null area is refused with EINVAL by a kernel that
// has it, ENOSYS otherwise.
static int kernel_has_rseq(void) { return syscall(__NR_rseq, 0, 0, 0, 0) == -1 && errno == EINVAL; }

static int pin_to(unsigned cpu) {
    unsigned long mask[16] = {0};
    mask[cpu / (8 * sizeof(unsigned long))] = 1ul << (cpu % (8 * sizeof(unsigned long)));
    return (int)syscall(__NR_sched_setaffinity, 0, sizeof mask, mask);
}

// In a child, before any sched_getcpu: an area of the child's own, then sched_getcpu.
static struct rseq own_area __attribute__((aligned(32)));
static int child_with_its_own_area(void) {
    own_area.cpu_id = (__u32)RSEQ_CPU_ID_UNINITIALIZED;
    if (syscall(__NR_rseq, &own_area, sizeof own_area, 0, 0x12345678) != 0) return 10;
    unsigned cpu = 9999;
    if (vrt_sys_getcpu(&cpu, 0) != 0 || pin_to(cpu) != 0) return 11;  // no migration from here
    int seen = sched_getcpu();
    if (seen != (int)cpu) return 12;
    if (own_area.cpu_id != cpu) return 13;  // the kernel keeps the child's own area
    if (__rseq_size != 0) return 14;
    return 0;
}

int main(void) {
    check_equal(__rseq_size, 0, "nothing is registered before sched_getcpu is called");
    int has_rseq = kernel_has_rseq();
    unsigned long allowed[16] = {0};
    long got = syscall(__NR_sched_getaffinity, 0, sizeof allowed, allowed);
    check(got > 0, "sched_getaffinity");

    pid_t pid = fork();
    if (pid == 0) _exit(has_rseq ? child_with_its_own_area() : 0);
    int status = -1;
    waitpid(pid, &status, 0);
    check_equal(WIFEXITED(status) ? WEXITSTATUS(status) : -1, 0,
                "with the program's own rseq area registered first, sched_getcpu still answers");

    unsigned here = 0;
    vrt_sys_getcpu(&here, 0);
    pin_to(here);  // no migration between the answer and the look at the area
    int first = sched_getcpu();
    check_equal(first, here, "sched_getcpu answers the CPU the process is pinned to");
    if (has_rseq) {
        check_equal(__rseq_size, 32, "after it, libvrt's rseq area is registered (__rseq_size 32)");
#if defined(__powerpc64__) && !defined(__clang__)
        char *tp;  // GCC 12 has no __builtin_thread_pointer for PowerPC: r13 is the thread pointer
        __asm__("mr %0, 13" : "=r"(tp));
#else
        char *tp = (char *)__builtin_thread_pointer();
#endif
        const struct rseq *area = (const struct rseq *)(tp + __rseq_offset);
        check_equal((long long)area->cpu_id, first,
                    "the area at the thread pointer + __rseq_offset holds the CPU");
    } else {
        out("note: this kernel has no rseq: sched_getcpu used the vDSO or the system call\n");
        check_equal(__rseq_size, 0, "and __rseq_size stays 0");
    }

    int pinned = 0, wrong = 0;
    for (unsigned cpu = 0; got > 0 && cpu < 8 * (unsigned)got && pinned < 64; ++cpu) {
        unsigned long word = allowed[cpu / (8 * sizeof(unsigned long))];
        if (!(word >> (cpu % (8 * sizeof(unsigned long))) & 1)) continue;
        if (pin_to(cpu) != 0) continue;
        ++pinned;
        unsigned by_syscall = 9999;
        vrt_sys_getcpu(&by_syscall, 0);
        int seen = sched_getcpu();
        if (seen != (int)cpu || by_syscall != cpu) {
            char buf[24];
            out("  pinned to ");
            out(decimal(cpu, buf));
            out(": sched_getcpu ");
            out(decimal(seen, buf));
            out(", getcpu(2) ");
            out(decimal(by_syscall, buf));
            out("\n");
            ++wrong;
        }
    }
    syscall(__NR_sched_setaffinity, 0, sizeof allowed, allowed);
    check(pinned > 0, "the program could pin itself to at least one CPU");
    check_equal(wrong, 0, "pinned to each allowed CPU, sched_getcpu and getcpu(2) name it");
    return check_result();
}

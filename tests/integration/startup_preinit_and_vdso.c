// The order of startup (README, "Startup and exit"): .preinit_array functions run before any
// constructor, and the vDSO is read before the first constructor, however early its priority,
// so that a constructor's clock_gettime is already served in user space. A .preinit_array
// function of the program itself may run before libvrt has read the vDSO; its time calls work
// all the same (through the system call).
#include <linux/auxvec.h>
#include <vrt/auxv.h>
#include <vrt/time.h>
#include <vrt/vdso.h>

#include "self_check.h"

static int step;
static int preinit_step = -1, first_constructor_step = -1, constructor_step = -1;
static int preinit_clock_result = -1;
static const void *vdso_in_first_constructor;

static void preinit(int argc, char **argv, char **envp) {
    (void)argc, (void)argv, (void)envp;
    preinit_step = step++;
    struct timespec ts;
    preinit_clock_result = clock_gettime(CLOCK_MONOTONIC, &ts);
}
__attribute__((used, section(".preinit_array"))) static void (*const preinit_entry)(int, char **, char **) = preinit;

// 101: the earliest priority a program may use (0-100 are the implementation's).
__attribute__((constructor(101))) static void first_constructor(void) {
    first_constructor_step = step++;
    vdso_in_first_constructor = vrt_vdso_base();
}

__attribute__((constructor)) static void constructor(void) { constructor_step = step++; }

int main(void) {
    check_equal(preinit_step, 0, ".preinit_array ran first");
    check_equal(first_constructor_step, 1, "then the constructor of priority 101");
    check_equal(constructor_step, 2, "then the constructor without a priority");
    check_equal(preinit_clock_result, 0, "clock_gettime works in a .preinit_array function");

    const void *ehdr = (const void *)getauxval(AT_SYSINFO_EHDR);
    if (!ehdr) {
        out("note: the kernel passed no vDSO (qemu-user): nothing to read\n");
        return check_result();
    }
    check(vdso_in_first_constructor == ehdr, "the vDSO was read before the first constructor ran");
    return check_result();
}

/* The harness's own check, built against glibc with each Debian cross compiler (`-static`): as
 * /init it shows which kernel booted it and whether the kernel mapped a vDSO, then powers off.
 * Under qemu-user it just prints and exits. It tests the harness, not libvrt. */
#include <stdio.h>
#include <sys/auxv.h>
#include <sys/reboot.h>
#include <sys/utsname.h>
#include <unistd.h>

int main(void)
{
    struct utsname u;
    uname(&u);
    printf("hello from %s\n", HELLO_ARCH);
    printf("uname -r: %s (machine %s)\n", u.release, u.machine);
    printf("AT_SYSINFO_EHDR: %s\n", getauxval(AT_SYSINFO_EHDR) ? "set" : "not set");
    fflush(stdout);
    if (getpid() == 1)
        reboot(RB_POWER_OFF);
    return 0;
}

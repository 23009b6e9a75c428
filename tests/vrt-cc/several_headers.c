/* Built by the installed vrt-cc (tests/vrt-cc/run.sh) as a user's program would be: standard
 * headers only, no libvrt-specific include. Checks what each header gives and prints one line;
 * exits 1.. at the first thing that does not hold. Also compiled as C++ by vrt-c++. */
#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <limits.h>
#include <signal.h>
#include <stdint.h>
#include <sys/auxv.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static int caught;
static void on_usr1(int sig) { caught = sig; }

static size_t text_length(const char *text) {
    size_t length = 0;
    while (text[length]) length++;
    return length;
}

int main(void) {
    struct timespec now;
    if (clock_gettime(CLOCK_MONOTONIC, &now) != 0 || now.tv_nsec < 0 || now.tv_nsec >= 1000000000)
        return 1;
    struct timeval tv;
    if (gettimeofday(&tv, NULL) != 0 || tv.tv_sec < 1000000000) return 2;
    if (syscall(SYS_getpid) != getpid()) return 3;
    errno = 0;
    if (open("/nonexistent/vrt-cc", O_RDONLY) != -1 || errno != ENOENT) return 4;
    static struct sigaction action; /* zero: no flags, empty mask */
    action.sa_handler = on_usr1;
    if (sigaction(SIGUSR1, &action, NULL) != 0 || raise(SIGUSR1) != 0 || caught != SIGUSR1) return 5;
    pid_t child = fork();
    if (child == 0) _exit(7);
    int status = 0;
    if (child < 0 || waitpid(child, &status, 0) != child || !WIFEXITED(status) || WEXITSTATUS(status) != 7)
        return 6;
    struct utsname name;
    if (uname(&name) != 0) return 7;
    unsigned long vdso = getauxval(AT_SYSINFO_EHDR);
    if (vdso) {
        const unsigned char *ident = (const unsigned char *)vdso;
        if (ident[EI_MAG0] != ELFMAG0 || ident[EI_CLASS] != (sizeof(void *) == 8 ? ELFCLASS64 : ELFCLASS32))
            return 8;
    }
    if (PATH_MAX != 4096 || INT_MAX != 2147483647 || SIGRTMIN != 32 || INT64_C(1) << 62 <= 0) return 9;
    if (sizeof(PRId64) < 3) return 10;
    static const char line[] = "several headers: ok on ";
    if (write(STDOUT_FILENO, line, sizeof line - 1) < 0) return 11;
    if (write(STDOUT_FILENO, name.machine, text_length(name.machine)) < 0) return 11;
    if (write(STDOUT_FILENO, "\n", 1) != 1) return 11;
    return 0;
}

/* File descriptors, process identity, exit, and libc's syscall(). */
#ifndef VRT_UNISTD_H
#define VRT_UNISTD_H

#include <vrt/cdefs.h>
#include <vrt/types.h>

#define STDIN_FILENO 0
#define STDOUT_FILENO 1
#define STDERR_FILENO 2

#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2

VRT_BEGIN_DECLS

ssize_t read(int fd, void *buf, size_t n);
ssize_t write(int fd, const void *buf, size_t n);
int close(int fd);
off_t lseek(int fd, off_t offset, int whence);
ssize_t pread(int fd, void *buf, size_t n, off_t offset);
ssize_t pwrite(int fd, const void *buf, size_t n, off_t offset);

pid_t getpid(void);
pid_t getppid(void);
pid_t gettid(void);

VRT_NORETURN void _exit(int status);

/* libc's generic system call: the numbers are the kernel's __NR_* from <asm/unistd.h>. Returns
 * -1 and sets errno on failure. */
long syscall(long number, ...);

extern char **environ;

VRT_END_DECLS

#endif

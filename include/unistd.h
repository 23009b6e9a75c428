/* File descriptors, files, processes and their identity, exit, options, system configuration,
 * and libc's syscall() (unistd.h(0p)). Only what libvrt implements is declared: there is no
 * pathconf, ttyname, seteuid/setreuid family or setgroups yet, and no threads. */
#ifndef VRT_UNISTD_H
#define VRT_UNISTD_H

#include <bits/types.h>
#include <linux/close_range.h>
#include <stddef.h>
#include <vrt/cdefs.h>

#define STDIN_FILENO 0
#define STDOUT_FILENO 1
#define STDERR_FILENO 2

#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2

/* access(2) modes. */
#define F_OK 0
#define X_OK 1
#define W_OK 2
#define R_OK 4

/* sysconf() names, with glibc's numbers so that a program's compiled-in constants keep their
 * meaning (glibc's bits/confname.h; POSIX names them, but leaves the numbers to the libc). */
#define _SC_ARG_MAX 0
#define _SC_CHILD_MAX 1
#define _SC_CLK_TCK 2
#define _SC_NGROUPS_MAX 3
#define _SC_OPEN_MAX 4
#define _SC_STREAM_MAX 5
#define _SC_PAGESIZE 30
#define _SC_PAGE_SIZE _SC_PAGESIZE
#define _SC_RTSIG_MAX 31
#define _SC_SIGQUEUE_MAX 34
#define _SC_LINE_MAX 43
#define _SC_TTY_NAME_MAX 72
#define _SC_NPROCESSORS_CONF 83
#define _SC_NPROCESSORS_ONLN 84
#define _SC_PHYS_PAGES 85
#define _SC_AVPHYS_PAGES 86
#define _SC_SYMLOOP_MAX 173
#define _SC_HOST_NAME_MAX 180

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
uid_t getuid(void);
uid_t geteuid(void);
gid_t getgid(void);
gid_t getegid(void);
int setuid(uid_t uid);
int setgid(gid_t gid);
/* size 0 returns the number of supplementary groups without writing list. */
int getgroups(int size, gid_t list[]);

VRT_NORETURN void _exit(int status);

/* Processes (libc/process/fork.cpp, libc/process/exec.cpp, libc/process/exec_list.cpp). fork is clone(SIGCHLD). vfork suspends the parent
 * until the child calls execve or _exit; until then the child shares the parent's memory and
 * stack and may only call those, or functions that touch nothing the parent relies on. */
pid_t fork(void);
__attribute__((__returns_twice__)) pid_t vfork(void);
int execve(const char *path, char *const argv[], char *const envp[]);
int execv(const char *path, char *const argv[]);
/* A file without a '/' is looked up in each directory of PATH (by default
 * "/usr/local/bin:/bin:/usr/bin"; an empty entry is the current directory). Directories that
 * give ENOENT, ENOTDIR or EACCES are passed over; when none runs it, errno is EACCES if one
 * refused, else ENOENT. A file the kernel cannot run (ENOEXEC: no "#!" line, not a binary
 * format) is run as `/bin/sh FILE ARGS...`, as POSIX says and glibc does; errno is then the
 * shell's exec error. */
int execvp(const char *file, char *const argv[]);
int execvpe(const char *file, char *const argv[], char *const envp[]);
/* The list forms (libc/process/exec_list.cpp): the arguments end with a null pointer, which
 * execle follows with the environment; execl is execv, execlp execvp, execle execve. */
int execl(const char *path, const char *arg, ...) __attribute__((__sentinel__));
int execlp(const char *file, const char *arg, ...) __attribute__((__sentinel__));
int execle(const char *path, const char *arg, ...) __attribute__((__sentinel__(1)));

/* Sessions and process groups (sys/session.cpp). */
pid_t setsid(void);
pid_t getsid(pid_t pid);
int setpgid(pid_t pid, pid_t pgid);
pid_t getpgid(pid_t pid);
pid_t getpgrp(void);
/* The foreground process group of the terminal open on fd (TIOCGPGRP / TIOCSPGRP). */
pid_t tcgetpgrp(int fd);
int tcsetpgrp(int fd, pid_t pgrp);

/* File descriptors (sys/descriptors.cpp). dup2(fd, fd) checks fd and returns it. */
int dup(int fd);
int dup2(int fd, int target);
int dup3(int fd, int target, int flags);
int pipe(int fds[2]);
int pipe2(int fds[2], int flags);
/* Closes (or, with CLOSE_RANGE_CLOEXEC, marks close-on-exec) every descriptor from first to
 * last; CLOSE_RANGE_UNSHARE first unshares the descriptor table (linux/close_range.h). */
int close_range(unsigned int first, unsigned int last, int flags);
/* 1 when fd is a terminal; else 0 with errno (ENOTTY, EBADF). */
int isatty(int fd);

/* The file tree and the machine (libc/unistd/file_tree.cpp, libc/linux/reboot.cpp). */
int chdir(const char *path);
int fchdir(int fd);
int chroot(const char *path);
/* Checks with the real user and group ids, as access(2) does. */
int access(const char *path, int mode);
int unlink(const char *path);
int unlinkat(int dirfd, const char *path, int flags);
int rmdir(const char *path);
int symlink(const char *target, const char *path);
int symlinkat(const char *target, int dirfd, const char *path);
/* Not NUL-terminated, as POSIX says: the result is the length. */
ssize_t readlink(const char *VRT_RESTRICT path, char *VRT_RESTRICT buf, size_t size);
void sync(void);
/* getcwd(NULL, 0) returns a copy from malloc of the exact size; getcwd(NULL, size) one of size
 * bytes. A working directory outside the root or removed is ENOENT. */
char *getcwd(char *buf, size_t size);
int link(const char *oldpath, const char *newpath);
int linkat(int olddirfd, const char *oldpath, int newdirfd, const char *newpath, int flags);
int chown(const char *path, uid_t owner, gid_t group);
int fchown(int fd, uid_t owner, gid_t group);
int lchown(const char *path, uid_t owner, gid_t group);
int fchownat(int dirfd, const char *path, uid_t owner, gid_t group, int flags);
int fsync(int fd);
int fdatasync(int fd);
int truncate(const char *path, off_t length);
int ftruncate(int fd, off_t length);
/* A name longer than length - 1 is copied truncated and fails with ENAMETOOLONG, as in glibc. */
int gethostname(char *name, size_t length);

/* Sleeping and waiting for signals. sleep returns the seconds left when a signal interrupts
 * it (rounded to the nearest), alarm those left of the previous alarm, pause always -1 with
 * EINTR. */
unsigned sleep(unsigned seconds);
int usleep(useconds_t microseconds);
unsigned alarm(unsigned seconds);
int pause(void);
int sethostname(const char *name, size_t length);

/* System configuration: sysconf(name) is -1 with errno EINVAL for a name it does not know. */
long sysconf(int name);
int getpagesize(void);

/* Command-line options, as POSIX getopt(3) specifies. */
int getopt(int argc, char *const argv[], const char *options);
extern char *optarg;
extern int optind, opterr, optopt;

/* libc's generic system call: the numbers are the kernel's, as SYS_* in <sys/syscall.h>. Returns
 * -1 and sets errno on failure. */
long syscall(long number, ...);

extern char **environ;

VRT_END_DECLS

#endif

/* Waiting for children (sys/wait.h(0p)): wait4, waitpid, wait, waitid and the W* status macros.
 * WNOHANG, WUNTRACED, WEXITED, WCONTINUED, WNOWAIT, __WALL and P_ALL, P_PID, P_PGID, P_PIDFD
 * are the kernel's (linux/wait.h). */
#ifndef VRT_SYS_WAIT_H
#define VRT_SYS_WAIT_H

#include <linux/wait.h>
#include <bits/types.h>
#include <signal.h>
#include <vrt/cdefs.h>

/* A status is (exit code << 8) for an exit, the signal number (| 0x80 with a core dump) for a
 * death by signal, (signal << 8) | 0x7f for a stop, 0xffff for a continue. */
#define WEXITSTATUS(s) (((s) & 0xff00) >> 8)
#define WTERMSIG(s) ((s) & 0x7f)
#define WSTOPSIG(s) WEXITSTATUS(s)
#define WCOREDUMP(s) ((s) & 0x80)
#define WIFEXITED(s) (!WTERMSIG(s))
#define WIFSTOPPED(s) (((s) & 0xff) == 0x7f)
#define WIFSIGNALED(s) ((((s) & 0xffff) - 1U) < 0xffu)
#define WIFCONTINUED(s) ((s) == 0xffff)

typedef int idtype_t;
struct rusage;

VRT_BEGIN_DECLS
/* usage may be null; see sys/resource.h for struct rusage. */
pid_t wait4(pid_t pid, int *status, int options, struct rusage *usage);
pid_t waitpid(pid_t pid, int *status, int options);
pid_t wait(int *status);
/* options must hold WEXITED, WSTOPPED or WCONTINUED; with WNOHANG and no child ready, 0 is
 * returned and info->si_pid is 0. */
int waitid(idtype_t type, id_t id, siginfo_t *info, int options);
VRT_END_DECLS

#endif

/* Signals (signal.h(0p)): sending, catching, blocking and waiting for them, with the libc ABI of
 * glibc and musl. The signal numbers, sigaction flags and SIG_BLOCK values are per architecture
 * (bits/signal.h); the types below are the same everywhere.
 *
 * sigset_t is 128 bytes (bits/sigset.h). Signals 1 to _NSIG - 1 are all usable: libvrt has no
 * threads and reserves none, so SIGRTMIN is the kernel's first real-time signal, 32, and a
 * constant (glibc keeps 32 and 33 for itself and makes SIGRTMIN a function call).
 * Not offered: sigaltstack, sigqueue, psignal, the System V sigset/sighold family and
 * pthread_sigmask (no threads): they are not declared.
 *
 * A handler may call the vDSO time functions of time.h: they take no lock and touch no
 * shared state, so they are async-signal-safe. */
#ifndef VRT_SIGNAL_H
#define VRT_SIGNAL_H

#include <bits/signal.h>
#include <bits/sigset.h>
#include <bits/timespec.h>
#include <bits/types.h>
#include <vrt/cdefs.h>

typedef int sig_atomic_t;
typedef void (*sighandler_t)(int);

#define SIG_ERR ((sighandler_t)-1)
#define SIG_DFL ((sighandler_t)0)
#define SIG_IGN ((sighandler_t)1)

union sigval {
    int sival_int;
    void *sival_ptr;
};

/* 128 bytes, laid out as the kernel's (include/uapi/asm-generic/siginfo.h): three ints, then a
 * union aligned for pointers. Reach the fields through the si_* names below. An arch whose
 * kernel swaps si_code and si_errno (the kernel's __ARCH_HAS_SWAPPED_SIGINFO) defines
 * __VRT_SIGINFO_CODE_BEFORE_ERRNO to 1 in bits/signal.h. */
#define __VRT_SIGINFO_FIELDS_SIZE (128 - (__SIZEOF_POINTER__ == 8 ? 16 : 12))
typedef struct {
    int si_signo;
#if __VRT_SIGINFO_CODE_BEFORE_ERRNO
    int si_code;
    int si_errno;
#else
    int si_errno;
    int si_code;
#endif
    union {
        char __pad[__VRT_SIGINFO_FIELDS_SIZE];
        struct { /* kill, sigqueue, SIGCHLD */
            pid_t __pid;
            uid_t __uid;
            union {
                union sigval __value;
                struct {
                    int __status;
                    long __utime, __stime; /* clock ticks */
                } __child;
            } __u;
        } __process;
        struct { /* POSIX timers */
            int __timer_id;
            int __overrun;
            union sigval __value;
        } __timer;
        struct { /* SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP */
            void *__address;
            short __address_lsb;
        } __fault;
        struct { /* SIGIO, SIGPOLL */
            long __band;
            int __fd;
        } __poll;
        struct { /* SIGSYS from seccomp */
            void *__call_address;
            int __syscall;
            unsigned int __arch;
        } __seccomp;
    } __fields;
} siginfo_t;

#define si_pid __fields.__process.__pid
#define si_uid __fields.__process.__uid
#define si_value __fields.__process.__u.__value
#define si_int si_value.sival_int
#define si_ptr si_value.sival_ptr
#define si_status __fields.__process.__u.__child.__status
#define si_utime __fields.__process.__u.__child.__utime
#define si_stime __fields.__process.__u.__child.__stime
#define si_timerid __fields.__timer.__timer_id
#define si_overrun __fields.__timer.__overrun
#define si_addr __fields.__fault.__address
#define si_addr_lsb __fields.__fault.__address_lsb
#define si_band __fields.__poll.__band
#define si_fd __fields.__poll.__fd
#define si_call_addr __fields.__seccomp.__call_address
#define si_syscall __fields.__seccomp.__syscall
#define si_arch __fields.__seccomp.__arch

/* si_code values (include/uapi/asm-generic/siginfo.h). */
#define SI_USER 0
#define SI_KERNEL 0x80
#define SI_QUEUE (-1)
#ifndef SI_TIMER /* an arch whose kernel renumbers these three defines them in bits/signal.h */
#define SI_TIMER (-2)
#define SI_MESGQ (-3)
#define SI_ASYNCIO (-4)
#endif
#define SI_SIGIO (-5)
#define SI_TKILL (-6)
#define CLD_EXITED 1
#define CLD_KILLED 2
#define CLD_DUMPED 3
#define CLD_TRAPPED 4
#define CLD_STOPPED 5
#define CLD_CONTINUED 6
#define SEGV_MAPERR 1
#define SEGV_ACCERR 2
#define BUS_ADRALN 1
#define BUS_ADRERR 2
#define ILL_ILLOPC 1
#define FPE_INTDIV 1
#define TRAP_BRKPT 1

/* The libc layout of glibc and musl: handler, 128-byte mask, int flags, restorer. sigaction()
 * translates it into the kernel's layout and supplies the restorer itself: sa_restorer is
 * ignored on the way in. */
struct sigaction {
    union {
        void (*sa_handler)(int);
        void (*sa_sigaction)(int, siginfo_t *, void *);
    } __handler;
    sigset_t sa_mask;
    int sa_flags;
    void (*sa_restorer)(void);
};
#define sa_handler __handler.sa_handler
#define sa_sigaction __handler.sa_sigaction

VRT_BEGIN_DECLS

int kill(pid_t pid, int sig);
/* kill(-pgrp, sig). */
int killpg(pid_t pgrp, int sig);
/* Sends sig to the calling thread. */
int raise(int sig);

/* Any signal from 1 to _NSIG - 1; SIGKILL's and SIGSTOP's actions cannot change (EINVAL). */
int sigaction(int sig, const struct sigaction *VRT_RESTRICT action, struct sigaction *VRT_RESTRICT old);
/* BSD semantics, as glibc's: the handler stays installed and slow calls restart (SA_RESTART). */
sighandler_t signal(int sig, sighandler_t handler);

int sigprocmask(int how, const sigset_t *VRT_RESTRICT set, sigset_t *VRT_RESTRICT old);
int sigpending(sigset_t *set);
/* Waits for a signal with the mask replaced by `mask`; always returns -1 with errno EINTR. */
int sigsuspend(const sigset_t *mask);

/* Wait for one of the (blocked) signals in `set`; the signal's number, or -1 with errno.
 * info may be null; sigtimedwait gives EAGAIN when the timeout passes, and a null timeout
 * waits for ever. */
int sigwaitinfo(const sigset_t *VRT_RESTRICT set, siginfo_t *VRT_RESTRICT info);
int sigtimedwait(const sigset_t *VRT_RESTRICT set, siginfo_t *VRT_RESTRICT info,
                 const struct timespec *VRT_RESTRICT timeout);
/* POSIX sigwait: 0 and *sig, or an error number (not -1 and errno). */
int sigwait(const sigset_t *VRT_RESTRICT set, int *VRT_RESTRICT sig);

/* The set helpers: 0, or -1 with errno EINVAL for a number outside 1.._NSIG - 1.
 * sigismember gives 1 or 0. */
int sigemptyset(sigset_t *set);
int sigfillset(sigset_t *set);
int sigaddset(sigset_t *set, int sig);
int sigdelset(sigset_t *set, int sig);
int sigismember(const sigset_t *set, int sig);

VRT_END_DECLS

#endif

/* Signal numbers (arch/mips/include/uapi/asm/signal.h): MIPS keeps the System V numbering, not
 * the generic one (SIGUSR1 is 16, SIGCHLD 18, SIGSTOP 23, ...), and the kernel has 128 signals
 * (its _NSIG), so its sigset is 16 bytes. Signal 128 cannot be reported by a wait status (the
 * terminating signal has 7 bits there), so glibc and musl stop at 127, and so does libvrt. */
#ifndef VRT_BITS_SIGNAL_H
#define VRT_BITS_SIGNAL_H

#define SIGHUP 1
#define SIGINT 2
#define SIGQUIT 3
#define SIGILL 4
#define SIGTRAP 5
#define SIGABRT 6
#define SIGIOT 6
#define SIGEMT 7
#define SIGFPE 8
#define SIGKILL 9
#define SIGBUS 10
#define SIGSEGV 11
#define SIGSYS 12
#define SIGPIPE 13
#define SIGALRM 14
#define SIGTERM 15
#define SIGUSR1 16
#define SIGUSR2 17
#define SIGCHLD 18
#define SIGPWR 19
#define SIGWINCH 20
#define SIGURG 21
#define SIGIO 22
#define SIGPOLL SIGIO
#define SIGSTOP 23
#define SIGTSTP 24
#define SIGCONT 25
#define SIGTTIN 26
#define SIGTTOU 27
#define SIGVTALRM 28
#define SIGPROF 29
#define SIGXCPU 30
#define SIGXFSZ 31
#define SIGRTMIN 32
#define SIGRTMAX 127

/* One more than the highest signal number. */
#define _NSIG 128
#define NSIG _NSIG

/* sigaction(2) flags and sigprocmask(2) operations: MIPS's own values, from the same header.
 * There is no SA_RESTORER: the kernel returns from every handler through its vDSO trampoline. */
#define SA_NOCLDSTOP 0x00000001
#define SA_SIGINFO 0x00000008
#define SA_NOCLDWAIT 0x00010000
#define SA_ONSTACK 0x08000000
#define SA_RESTART 0x10000000
#define SA_NODEFER 0x40000000
#define SA_RESETHAND 0x80000000
#define SA_NOMASK SA_NODEFER
#define SA_ONESHOT SA_RESETHAND

#define SIG_BLOCK 1
#define SIG_UNBLOCK 2
#define SIG_SETMASK 3

/* siginfo_t starts si_signo, si_code, si_errno: MIPS defines __ARCH_HAS_SWAPPED_SIGINFO
 * (arch/mips/include/uapi/asm/siginfo.h; see vrt/signal.h). */
#define __VRT_SIGINFO_CODE_BEFORE_ERRNO 1

/* si_code values that MIPS numbers its own (IRIX) way (arch/mips/include/uapi/asm/siginfo.h). */
#define SI_ASYNCIO (-2)
#define SI_TIMER (-3)
#define SI_MESGQ (-4)

#endif

// A seccomp filter over a list of system call numbers, for a child that wants to see which
// calls reach the kernel: a vDSO call that is served in user space never shows up in it.
#pragma once

// Every listed number gets `action` (SECCOMP_RET_TRAP, or SECCOMP_RET_ERRNO | e), every other
// call is allowed. Sets no_new_privs first, as an unprivileged filter requires. 0 or -1.
int install_seccomp_filter(const long *numbers, int count, unsigned action);

// The system calls behind the vDSO's time functions on this arch (time64 and time32 ones).
int time_syscall_numbers(long *numbers, int capacity);

// pid_t vfork(void) for RISC-V (man 2 vfork). The generic syscall table has no vfork(2), so
// this is clone(CLONE_VM | CLONE_VFORK | SIGCHLD, 0), as glibc and musl do. The child runs on
// the parent's stack until it calls execve or _exit; nothing is kept there, since the return
// address is in ra. The raw result goes to __vrt_vfork_result (libc/process/fork.cpp), which sets errno,
// as a tail call that returns straight to vfork's caller.
//   number  a7 = __NR_clone;  args a0 = flags, a1 = stack (0: the caller's)
//   result  a0: 0 in the child, the child's pid or -errno in the parent
#include <asm/unistd.h>

// The UAPI headers that define these (linux/sched.h, asm-generic/signal.h) declare C types
// without an __ASSEMBLY__ guard, so the values are spelled out here.
#define CLONE_VM 0x00000100
#define CLONE_VFORK 0x00004000
#define SIGCHLD 17

	.text
	.globl vfork
	.type vfork, %function
vfork:
	li a7, __NR_clone
	li a0, CLONE_VM | CLONE_VFORK | SIGCHLD
	li a1, 0
	ecall
	tail __vrt_vfork_result
	.size vfork, . - vfork
	.section .note.GNU-stack, "", %progbits

// pid_t vfork(void) for x86_64 (man 2 vfork). The child runs on the parent's stack until it
// calls execve or _exit, so it must not leave anything there that the parent needs: the return
// address is popped into a register before the call and pushed back after it, in each process.
// The raw result then goes to __vrt_vfork_result (libc/process/fork.cpp), which sets errno, as a tail
// call that returns straight to vfork's caller.
//   number  rax = __NR_vfork;  result rax: 0 in the child, the child's pid or -errno in the parent
#include <asm/unistd.h>

	.text
	.globl vfork
	.type vfork, @function
vfork:
	pop %rdx
	mov $__NR_vfork, %eax
	syscall
	push %rdx
	mov %rax, %rdi
	jmp __vrt_vfork_result
	.size vfork, . - vfork
	.section .note.GNU-stack, "", @progbits

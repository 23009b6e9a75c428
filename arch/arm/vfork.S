// pid_t vfork(void) for 32-bit Arm EABI (man 2 vfork). The child runs on the parent's stack
// until it calls execve or _exit; nothing is kept there: the return address is in lr, and r7
// (which the call needs for the number) waits in ip, which the kernel preserves. The raw result
// goes to __vrt_vfork_result (libc/process/fork.cpp), which sets errno, as a tail call that returns
// straight to vfork's caller.
//   number  r7 = __NR_vfork;  result r0: 0 in the child, the child's pid or -errno in the parent
#include <asm/unistd.h>

	.syntax unified
	.text
	.globl vfork
	.type vfork, %function
vfork:
	mov ip, r7
	mov r7, #__NR_vfork
	svc #0
	mov r7, ip
	b __vrt_vfork_result
	.size vfork, . - vfork
	.section .note.GNU-stack, "", %progbits

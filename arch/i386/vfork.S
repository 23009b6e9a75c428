// pid_t vfork(void) for i386 (man 2 vfork). The child runs on the parent's stack until it calls
// execve or _exit, so nothing the parent needs may stay there: the return address is popped
// before the call and pushed back after it, in each process. The call enters through int $0x80,
// not __vrt_syscall or __kernel_vsyscall, because both keep registers on the stack across the
// kernel entry, where the child would overwrite them before the parent resumes.
// The raw result goes to __vrt_vfork_result (libc/process/fork.cpp), which sets errno; by then the
// return address is back in place, so the call may use the stack below it like any other.
//   number  eax = __NR_vfork;  result eax: 0 in the child, the child's pid or -errno in the parent
#include <asm/unistd.h>

	.text
	.globl vfork
	.type vfork, @function
vfork:
	pop %edx
	mov $__NR_vfork, %eax
	int $0x80
	push %edx
	push %eax
	call __vrt_vfork_result
	add $4, %esp
	ret
	.size vfork, . - vfork
	.section .note.GNU-stack, "", @progbits

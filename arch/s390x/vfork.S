// pid_t vfork(void) for s390x (man 2 vfork). The child runs on the parent's stack until it calls
// execve or _exit, so nothing the parent needs may stay there. Nothing does: the return address
// is in r14 and this function has no frame. The raw result (r2: 0 in the child, the child's pid
// or -errno in the parent) goes to __vrt_vfork_result (libc/process/fork.cpp), which sets errno, as a
// tail call that returns straight to vfork's caller through r14.
//   number  r1 = __NR_vfork;  result r2
#include <asm/unistd.h>

	.text
	.globl vfork
	.type vfork, @function
vfork:
	lghi %r1, __NR_vfork
	svc 0
	jg __vrt_vfork_result
	.size vfork, . - vfork
	.section .note.GNU-stack, "", @progbits

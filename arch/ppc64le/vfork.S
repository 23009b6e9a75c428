// pid_t vfork(void) for ppc64le (man 2 vfork). The child runs on the parent's stack until it
// calls execve or _exit, so nothing the parent needs may stay there. Nothing does: the return
// address is in lr and this function has no frame. The system call's CR0.SO convention is
// turned into -errno (see arch/ppc64le/syscall_arch.h) and the raw result goes to
// __vrt_vfork_result (libc/process/fork.cpp), which sets errno, as a tail call that returns straight to
// vfork's caller. r2 (our TOC pointer, which that C function uses) is the caller's, untouched.
//   number  r0 = __NR_vfork;  result r3: 0 in the child, the child's pid or errno with CR0.SO
#include <asm/unistd.h>

	.abiversion 2
	.text
	.globl vfork
	.type vfork, @function
vfork:
	li 0, __NR_vfork
	sc
	bns+ 1f
	neg 3, 3
1:	b __vrt_vfork_result
	.size vfork, . - vfork
	.section .note.GNU-stack, "", @progbits

// The x86_64 signal return trampoline (arch/x86/kernel/signal_64.c, setup_rt_frame): the kernel
// pushes sa_restorer as the handler's return address, so the handler's `ret` lands here with
// %rsp at the rt_sigframe's ucontext; rt_sigreturn(2) restores the interrupted context from it.
// arch/x86_64/signal_arch.h installs it in every action, as SA_RESTORER.
//
// The nop before the label is glibc's convention: unwinders look up the return address minus
// one, which must still fall inside the trampoline for gdb and libgcc to recognise the frame.
#include <asm/unistd.h>

	.text
	nop
	.globl __vrt_restore_rt
	.hidden __vrt_restore_rt
	.type __vrt_restore_rt, @function
__vrt_restore_rt:
	mov $__NR_rt_sigreturn, %eax
	syscall
	.size __vrt_restore_rt, . - __vrt_restore_rt
	.section .note.GNU-stack, "", @progbits

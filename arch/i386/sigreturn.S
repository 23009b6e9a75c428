// The i386 signal return trampolines (arch/x86/kernel/signal_32.c): the kernel makes sa_restorer
// the handler's return address. Both enter through int $0x80, never __kernel_vsyscall: the
// kernel restores every register from the frame, so nothing must be pushed around the call.
//
//   __vrt_restore     for a legacy sigframe (an action without SA_RESTORER's SA_SIGINFO): the
//                     handler returns with %esp at the frame's signal-number argument, which is
//                     popped so that %esp points at the sigcontext sigreturn(2) reads
//   __vrt_restore_rt  for an rt frame (SA_SIGINFO): rt_sigreturn(2) finds the ucontext itself
//
// arch/i386/signal_arch.h picks one per action. The nops keep return-address-minus-one inside
// the trampoline, for unwinders (glibc's convention).
#include <asm/unistd.h>

	.text
	nop
	.globl __vrt_restore
	.hidden __vrt_restore
	.type __vrt_restore, @function
__vrt_restore:
	pop %eax
	mov $__NR_sigreturn, %eax
	int $0x80
	.size __vrt_restore, . - __vrt_restore

	nop
	.globl __vrt_restore_rt
	.hidden __vrt_restore_rt
	.type __vrt_restore_rt, @function
__vrt_restore_rt:
	mov $__NR_rt_sigreturn, %eax
	int $0x80
	.size __vrt_restore_rt, . - __vrt_restore_rt
	.section .note.GNU-stack, "", @progbits

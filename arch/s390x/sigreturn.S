// The s390x signal return trampolines (arch/s390/kernel/signal.c): the kernel puts sa_restorer
// in r14, the handler's return address, and r15 back at the frame it built, so each trampoline
// is one system call that restores the interrupted context from that frame:
//
//   __vrt_restore     for an old sigframe (an action without SA_SIGINFO): sigreturn(2)
//   __vrt_restore_rt  for an rt frame (SA_SIGINFO): rt_sigreturn(2)
//
// arch/s390x/signal_arch.h picks one per action. The numbers are below 256, so they are encoded
// in the svc instruction itself, as the kernel's own trampolines do (arch/s390/kernel/vdso64/
// vdso_user_wrapper.S): libgcc's unwinder recognises a signal frame by exactly these two
// instructions (gcc/config/s390/linux-unwind.h). The nopr before each label keeps
// return-address-minus-one inside the trampoline, for unwinders that look it up.
#include <asm/unistd.h>

	.text
	nopr %r7
	.globl __vrt_restore
	.hidden __vrt_restore
	.type __vrt_restore, @function
__vrt_restore:
	svc __NR_sigreturn
	.size __vrt_restore, . - __vrt_restore

	nopr %r7
	.globl __vrt_restore_rt
	.hidden __vrt_restore_rt
	.type __vrt_restore_rt, @function
__vrt_restore_rt:
	svc __NR_rt_sigreturn
	.size __vrt_restore_rt, . - __vrt_restore_rt
	.section .note.GNU-stack, "", @progbits

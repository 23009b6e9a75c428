// No signal return trampoline of ours on AArch64: the kernel provides one. Without SA_RESTORER,
// arch/arm64/kernel/signal.c (setup_return) sets the handler's return address (x30) to the
// vDSO's __kernel_rt_sigreturn, which calls rt_sigreturn(2) and carries the CFI that lets
// debuggers and unwinders recognise the signal frame; arch/aarch64/signal_arch.h keeps
// SA_RESTORER clear so that it is always used.
	.section .note.GNU-stack, "", %progbits

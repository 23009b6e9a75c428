// No signal return trampoline of ours on 32-bit Arm: the kernel provides one. Without
// SA_RESTORER, setup_return (arch/arm/kernel/signal.c; compat_setup_return in
// arch/arm64/kernel/signal32.c for an arm program on an arm64 kernel) sets the handler's lr to
// the kernel's signal page, to code that calls sigreturn(2) for a legacy frame or
// rt_sigreturn(2) for an SA_SIGINFO one, in the handler's instruction set (ARM or Thumb).
// arch/arm/signal_arch.h keeps SA_RESTORER clear so that it is always used.
	.section .note.GNU-stack, "", %progbits

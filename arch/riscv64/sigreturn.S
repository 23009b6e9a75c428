// No signal return trampoline of ours on RISC-V: the ABI has none (there is no SA_RESTORER and
// no sa_restorer field). arch/riscv/kernel/signal.c (setup_rt_frame) always sets the handler's
// return address (ra) to the vDSO's __vdso_rt_sigreturn, which calls rt_sigreturn(2).
	.section .note.GNU-stack, "", %progbits

// Process entry for RISC-V (RISC-V ELF psABI, "Process Initialization", and Linux's
// arch/riscv/include/asm/elf.h ELF_PLAT_INIT): sp points at argc, a0 is 0 for a static program
// (no atexit function to register), all else is zero. The psABI keeps sp 16-byte aligned; the
// kernel already gives that, but we realign anyway, as the x86 entries do.
//
// gp must hold __global_pointer$ before any C code runs: GNU ld relaxes accesses to small data
// near it into single gp-relative instructions (psABI, "Linker Relaxation"). Its own load must
// not be relaxed, or it would be rewritten to use gp itself: hence norelax around it.
	.text
	.globl _start
	.type _start, %function
_start:
	.option push
	.option norelax
	lla gp, __global_pointer$
	.option pop
	mv a0, sp
	andi sp, sp, -16
	call __vrt_start_c
	unimp
	.size _start, . - _start
	.section .note.GNU-stack, "", %progbits

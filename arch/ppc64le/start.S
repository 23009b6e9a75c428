// Process entry for ppc64le (64-Bit ELF V2 ABI Specification for Power, "Function Prologue"
// and "Process Initialization"; the kernel's start_thread in
// arch/powerpc/kernel/process.c): r1 points at argc, r12 holds the run-time address of the
// entry point as for any ELFv2 global entry, and r2 (the TOC pointer) is not set.
// Before any C runs we compute r2 from r12, as a global entry point does: every access to a
// global is TOC-relative. Then we pass the initial stack pointer to the generic start routine
// on a 16-byte aligned stack with a minimal (32-byte) frame whose back chain is 0, the end of
// the chain for debuggers and unwinders, and clear lr for the same reason.
	.abiversion 2
	.text
	.globl _start
	.type _start, @function
_start:
	addis 2, 12, .TOC. - _start@ha
	addi 2, 2, .TOC. - _start@l
	mr 3, 1
	clrrdi 1, 1, 4
	li 0, 0
	stdu 0, -32(1)
	mtlr 0
	bl __vrt_start_c
	nop
	trap
	.size _start, . - _start
	.section .note.GNU-stack, "", @progbits

// Process entry for AArch64 (ELF for the Arm 64-bit Architecture, and Linux's
// arch/arm64/include/asm/elf.h ELF_PLAT_INIT): sp points at argc, x0 is 0 for a static program
// (no atexit function to register), all else is zero. AAPCS64 ("The Stack") wants sp 16-byte
// aligned at every public interface; the kernel already gives that, but we realign anyway, as
// the x86 entries do. x29 (frame pointer) and x30 (link register) are zeroed so the frame chain
// ends here.
	.text
	.globl _start
	.type _start, %function
_start:
	mov x29, #0
	mov x30, #0
	mov x0, sp
	and x1, x0, #-16
	mov sp, x1
	bl __vrt_start_c
	brk #0
	.size _start, . - _start
	.section .note.GNU-stack, "", %progbits

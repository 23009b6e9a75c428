// Process entry for 32-bit Arm, EABI (Procedure Call Standard for the Arm Architecture, AAPCS,
// "Stack constraints at a public interface"; Linux's arch/arm/include/asm/elf.h ELF_PLAT_INIT):
// sp points at argc, r0 is 0 for a static program (no atexit function to register). AAPCS wants
// sp 8-byte aligned at every public interface; the kernel already gives that, but we realign
// anyway, as the x86 entries do. fp and lr are zeroed so the frame chain ends here. The entry
// is ARM code (e_entry has bit 0 clear); the linker turns the bl into blx if __vrt_start_c is
// Thumb, as Debian's armhf compiler makes it by default.
	.syntax unified
	.text
	.arm
	.globl _start
	.type _start, %function
_start:
	mov fp, #0
	mov lr, #0
	mov r0, sp
	bic r1, r0, #7
	mov sp, r1
	bl __vrt_start_c
	udf #0
	.size _start, . - _start
	.section .note.GNU-stack, "", %progbits

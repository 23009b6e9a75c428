// Process entry for x86_64 (System V psABI, section 3.4 "Process Initialization"):
// the kernel starts us with %rsp pointing at argc, %rdx holding a function to register with
// atexit (always 0 for a static program, which has no dynamic linker), and every other register
// unspecified. We clear %rbp to mark the outermost frame, pass the initial stack pointer to the
// generic start routine, and realign the stack to 16 bytes as the call convention requires.
	.text
	.globl _start
	.type _start, @function
_start:
	xor %ebp, %ebp
	mov %rsp, %rdi
	and $-16, %rsp
	call __vrt_start_c
	hlt
	.size _start, . - _start
	.section .note.GNU-stack, "", @progbits

// Process entry for i386 (System V i386 psABI, "Process Initialization"): %esp points at argc,
// %edx holds an atexit function (0 for a static program), all else is unspecified. We clear
// %ebp to mark the outermost frame and call the generic start routine with the initial stack
// pointer as its one (stack-passed) argument, keeping %esp 16-byte aligned at the call as
// GCC assumes since the i386 psABI update of 2008.
	.text
	.globl _start
	.type _start, @function
_start:
	xor %ebp, %ebp
	mov %esp, %eax
	and $-16, %esp
	sub $12, %esp
	push %eax
	call __vrt_start_c
	hlt
	.size _start, . - _start
	.section .note.GNU-stack, "", @progbits

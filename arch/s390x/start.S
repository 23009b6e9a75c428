// Process entry for s390x (zSeries ELF Application Binary Interface Supplement, "Process
// Initialization" and "Stack Frame"; the kernel's start_thread in arch/s390/include/asm/
// processor.h): r15 points at argc, the other registers are unspecified. The generic start
// routine gets the initial stack pointer in r2. A C function may store its caller's registers
// in a 160-byte save area at the top of the caller's frame, so we allocate one below the
// stack rounded down to 16 bytes (the ABI asks for 8), with a back chain of 0 to end the chain.
// The call never returns; should it, `.word 0` is not a valid instruction and traps.
	.text
	.globl _start
	.type _start, @function
_start:
	lgr %r2, %r15
	lghi %r0, -16
	ngr %r15, %r0
	aghi %r15, -160
	xc 0(8, %r15), 0(%r15)
	brasl %r14, __vrt_start_c
	.word 0
	.size _start, . - _start
	.section .note.GNU-stack, "", @progbits

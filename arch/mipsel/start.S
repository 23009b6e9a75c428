// Process entry for MIPS o32 (System V MIPS psABI, chapter 3, "Process Initialization"): $sp
// points at argc, $2 (v0) holds a function to register with atexit (0 for a static program),
// everything else is unspecified.
//
// Code compiled the default way (-mabicalls) reaches globals through the GOT at $gp, and a
// position-independent function computes its own $gp from $25, which its caller must set to the
// function's address. Code compiled with -mno-abicalls instead assumes $gp = _gp everywhere for
// small data. So: find _gp without touching the GOT (bal puts the address of the word after
// the delay slot in $ra; .gpword stores each symbol's distance from _gp), set $gp, and call the
// generic start routine through $25 with the stack 8-byte aligned and the 16 bytes the o32
// caller reserves for its callee's four register arguments. ld's and lld's default MIPS entry
// symbol is __start; _start is the same place.
	.text
	.globl __vrt_start_c             // declared, or clang 14's assembler drops it from the .gpword
	.globl __start
	.type __start, @function
	.globl _start
	.type _start, @function
	.set push
	.set noreorder
__start:
_start:
	bal 1f
	 move $fp, $0                 // the outermost frame
	.gpword .
	.gpword __vrt_start_c
1:	lw $gp, 0($ra)                // the word's address minus _gp
	subu $gp, $ra, $gp            // _gp, wherever we were loaded
	lw $25, 4($ra)
	addu $25, $25, $gp            // __vrt_start_c
	move $4, $sp
	and $sp, $sp, -8
	jalr $25
	 addiu $sp, $sp, -16          // the argument save area
	break                         // __vrt_start_c never returns
	.set pop
	.size __start, . - __start
	.size _start, . - _start
	.section .note.GNU-stack, "", @progbits

// long __vrt_vdso_call(const void *function, long a, long b, long c, long d, long e)
//
// Calls a ppc64le vDSO function with up to five arguments (getrandom takes five) and returns its
// result in the kernel's -errno convention. The vDSO keeps the system call convention
// (arch/powerpc/include/asm/vdso/gettimeofday.h, and the cvdso_call macros of
// arch/powerpc/kernel/vdso/gettimeofday.S and getrandom.S):
// on failure it sets CR0.SO and returns a *positive* errno in r3, and its fallback to the kernel
// returns whatever `sc` gave, SO included. A C caller cannot see CR0.SO and would take EINVAL
// for a success returning 22, so every call goes through here and `bns+` turns it back.
//
// To the C caller this is an ordinary ELFv2 function, so the compiler already treats everything
// the vDSO may clobber as clobbered: r0, r3-r12, ctr, xer, lr, cr0, cr1 and cr5-cr7.
// The vDSO is entered as any function through a pointer (ELFv2 ABI, "Function Prologue"): r12 holds its
// address, and our TOC pointer r2 is saved in our frame's TOC slot and restored afterwards.
	.abiversion 2
	.text
	.globl __vrt_vdso_call
	.hidden __vrt_vdso_call
	.type __vrt_vdso_call, @function
__vrt_vdso_call:
	mflr 0
	std 0, 16(1)
	stdu 1, -32(1)
	std 2, 24(1)
	mr 12, 3
	mtctr 12
	mr 3, 4
	mr 4, 5
	mr 5, 6
	mr 6, 7
	mr 7, 8
	bctrl
	ld 2, 24(1)
	bns+ 1f
	neg 3, 3
1:	addi 1, 1, 32
	ld 0, 16(1)
	mtlr 0
	blr
	.size __vrt_vdso_call, . - __vrt_vdso_call
	.section .note.GNU-stack, "", @progbits

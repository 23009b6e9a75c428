// The 64-bit integer division helpers of the Arm run-time ABI (Run-time ABI for the Arm
// Architecture, "The long long helper functions"), which GCC and clang call for every 64-bit
// `/` and `%` on 32-bit Arm instead of libgcc's __udivdi3 family:
//
//   __aeabi_uldivmod(n, d), __aeabi_ldivmod(n, d)
//     arguments  n in r0 (low), r1 (high); d in r2 (low), r3 (high)
//     result     quotient in r0, r1 and remainder in r2, r3
//
// A remainder in r2/r3 is a return that C cannot express, hence asm: each calls the libgcc-named
// helper of crt/int64_division.cpp, whose third argument (on the stack, as AAPCS passes a fifth
// word) points at a stack slot for the remainder, then loads the remainder from there. sp stays
// 8-byte aligned at the call, as AAPCS requires.
	.syntax unified
	.text

	.globl __aeabi_uldivmod
	.type __aeabi_uldivmod, %function
__aeabi_uldivmod:
	push {r4, lr}
	sub sp, sp, #16
	add r4, sp, #8
	str r4, [sp]
	bl __udivmoddi4
	ldrd r2, r3, [sp, #8]
	add sp, sp, #16
	pop {r4, pc}
	.size __aeabi_uldivmod, . - __aeabi_uldivmod

	.globl __aeabi_ldivmod
	.type __aeabi_ldivmod, %function
__aeabi_ldivmod:
	push {r4, lr}
	sub sp, sp, #16
	add r4, sp, #8
	str r4, [sp]
	bl __divmoddi4
	ldrd r2, r3, [sp, #8]
	add sp, sp, #16
	pop {r4, pc}
	.size __aeabi_ldivmod, . - __aeabi_ldivmod
	.section .note.GNU-stack, "", %progbits

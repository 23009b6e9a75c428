// i386 system call entry (man 2 syscall; arch/x86/entry/entry_32.S):
//   instruction  int $0x80, or call *AT_SYSINFO (__kernel_vsyscall in the vDSO, which uses
//                sysenter or syscall when the CPU has them and preserves every register but %eax)
//   number       eax
//   arguments    ebx ecx edx esi edi ebp
//   result       eax; -4095..-1 is -errno
//
// long __vrt_syscall(long nr, long a, long b, long c, long d, long e, long f)
// Loads the registers from the cdecl stack arguments and enters the kernel through
// __vrt_syscall_entry, which points at __vrt_int80 until the start code finds AT_SYSINFO.
// Written in asm because %ebx (the PIC register) and %ebp (the frame pointer) cannot be bound
// reliably from inline asm.
	.text
	.globl __vrt_syscall
	.hidden __vrt_syscall
	.type __vrt_syscall, @function
__vrt_syscall:
	push %ebp
	push %edi
	push %esi
	push %ebx
	call 1f
1:	pop %eax
	push (__vrt_syscall_entry - 1b)(%eax)
	// arguments start at 24(%esp): 4 saved registers + the pushed entry + the return address
	mov 24(%esp), %eax
	mov 28(%esp), %ebx
	mov 32(%esp), %ecx
	mov 36(%esp), %edx
	mov 40(%esp), %esi
	mov 44(%esp), %edi
	mov 48(%esp), %ebp
	call *(%esp)
	add $4, %esp
	pop %ebx
	pop %esi
	pop %edi
	pop %ebp
	ret
	.size __vrt_syscall, . - __vrt_syscall

// The legacy gate, used when the kernel passes no AT_SYSINFO (qemu-user, or a test forcing it).
	.globl __vrt_int80
	.hidden __vrt_int80
	.type __vrt_int80, @function
__vrt_int80:
	int $0x80
	ret
	.size __vrt_int80, . - __vrt_int80

	.data
	.align 4
	.globl __vrt_syscall_entry
	.hidden __vrt_syscall_entry
	.type __vrt_syscall_entry, @object
__vrt_syscall_entry:
	.long __vrt_int80
	.size __vrt_syscall_entry, 4
	.section .note.GNU-stack, "", @progbits

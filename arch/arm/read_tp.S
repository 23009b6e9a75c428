// void *__aeabi_read_tp(void) (Run-time ABI for the Arm Architecture, "Thread-local storage"): returns
// the thread pointer in r0 and, unlike an ordinary call, changes no other register: compilers
// that call it (clang by default) keep r1-r3, ip and the flags live across the call.
// TPIDRURO is readable from user mode on every core Debian's armhf runs on (ARMv6K and later);
// the kernel's kuser helper at 0xffff0fe0 is only for older cores.
	.syntax unified
	.text
	.globl __aeabi_read_tp
	.type __aeabi_read_tp, %function
__aeabi_read_tp:
	mrc p15, 0, r0, c13, c0, 3
	bx lr
	.size __aeabi_read_tp, . - __aeabi_read_tp
	.section .note.GNU-stack, "", %progbits

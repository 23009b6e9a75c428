// pid_t vfork(void) for MIPS n64 (man 2 vfork). MIPS has no vfork(2) system call (there is no
// __NR_vfork in asm/unistd_n64.h): this is clone(CLONE_VM | CLONE_VFORK | SIGCHLD) with stack 0,
// which makes the child run on the parent's stack, as glibc's MIPS vfork does. The child must
// leave nothing there that the parent needs, so this stub touches no memory at all: the return
// address waits in a temporary register while the call is made.
// The raw result (a3 set: v0 is a positive errno) is made -errno and handed to
// __vrt_vfork_result (libc/process/fork.cpp), which sets errno, as a tail call through $25 (its $gp comes
// from there) that returns straight to vfork's caller. Its address is taken PC-relatively, as
// in start.S, so that no GOT access depends on $gp here.
//   number  v0 = __NR_clone;  result v0: 0 in the child, the child's pid or an errno in the parent
#include <asm/unistd.h>

	.text
	.globl vfork
	.type vfork, @function
	.set push
	.set noreorder
vfork:
	li $4, 0x4112                 // CLONE_VM 0x100 | CLONE_VFORK 0x4000 | SIGCHLD 18
	move $5, $0                   // stack: the caller's own
	move $6, $0                   // parent_tid, tls, child_tid: unused
	move $7, $0
	move $8, $0
	li $2, __NR_clone
	syscall
	beqz $7, 1f
	 move $12, $ra                // vfork's return address, out of the way of bal
	dsubu $2, $0, $2              // a3 set: v0 = errno, made -errno
1:	bal 2f
	 move $4, $2
	.word __vrt_vfork_result - .
2:	lw $25, 0($ra)
	daddu $25, $25, $ra
	jr $25
	 move $ra, $12
	.set pop
	.size vfork, . - vfork
	.section .note.GNU-stack, "", @progbits

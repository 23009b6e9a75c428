# Does this kernel run i386 programs natively, with a vDSO? The smallest program that can say:
# it exits 0 when its auxiliary vector holds AT_SYSINFO_EHDR (a real i386 vDSO), 1 otherwise.
# A kernel without IA32 emulation refuses to exec it at all (ENOEXEC); qemu-i386, should
# binfmt_misc hand it there, gives no vDSO, so it exits 1 (tests/host/i386-native.sh).
#
# The initial stack (System V i386 psABI, "Process Initialization"):
#   esp -> argc, argv[0..argc-1], NULL, envp[...], NULL, auxv (type, value) pairs, AT_NULL
# Entered by `int $0x80`: eax the system call number, ebx the first argument.
        .set at_sysinfo_ehdr, 33        # include/uapi/linux/auxvec.h
        .set nr_exit, 1                 # arch/x86/entry/syscalls/syscall_32.tbl
        .text
        .globl _start
_start:
        mov     (%esp), %eax
        lea     8(%esp,%eax,4), %esi    # envp: past argc, argv[] and its NULL
1:      lodsl                           # past envp[] and its NULL
        test    %eax, %eax
        jnz     1b
2:      lodsl                           # edx = type, eax = value
        mov     %eax, %edx
        lodsl
        test    %edx, %edx
        jz      3f
        cmp     $at_sysinfo_ehdr, %edx
        jne     2b
        xor     %ebx, %ebx
        jmp     4f
3:      mov     $1, %ebx
4:      mov     $nr_exit, %eax
        int     $0x80

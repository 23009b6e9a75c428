# Static-pie links. Debian's GCC 12 for riscv64 has no -static-pie in its link spec (it links a
# dynamic PIE that asks for /lib/ld-linux-riscv64-lp64d.so.1), so gcc gets the linker options
# -static-pie stands for elsewhere. GNU ld 2.40 then still refuses a program with thread-locals
# of its own: it turns their local-exec relocations (R_RISCV_TPREL_*) into text relocations in a
# PIE. lld links them correctly, so clang uses lld.
ARCH_LINK_STATIC_PIE.gcc := -fPIE -pie -Wl,-static,--no-dynamic-linker,-z,text
ARCH_LINK_STATIC_PIE.clang := -static-pie -fPIE -fuse-ld=lld

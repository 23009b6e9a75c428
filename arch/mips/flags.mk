# MIPS has no static-pie: its psABI has no RELATIVE relocation (the GOT's local entries are
# relocated implicitly by a dynamic linker, which static-pie lacks). Programs link static.
ARCH_LINKS := static

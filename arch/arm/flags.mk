# Debian's GCC 12 for arm has no -static-pie in its link spec: it links a dynamic PIE that asks
# for /lib/ld-linux-armhf.so.3. These are the linker options -static-pie stands for elsewhere.
ARCH_LINK_STATIC_PIE.gcc := -fPIE -pie -Wl,-static,--no-dynamic-linker,-z,text

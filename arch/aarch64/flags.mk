# GCC (10+) and clang default to -moutline-atomics on aarch64-linux, which turns every atomic
# into a call to libgcc's __aarch64_* helpers and their run-time CPU check; libvrt links no libgcc.
ARCH_FLAGS := -mno-outline-atomics

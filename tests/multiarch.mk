# The multi-architecture harness (tests/multiarch/README.md): any static program, any of the
# nine arches, under qemu-user or as /init on a real Debian kernel under qemu-system.
#
#   make ARCH=<arch> qemu-run PROG=<static binary> [ARGS="..."]
#       run it under qemu-<arch> (no vDSO there); the program's exit status is the recipe's
#   make ARCH=<arch> boot PROG=<static binary> [KERNEL=6.1|6.12|7] [BOOT_KERNEL_ARCH=<arch>]
#            [APPEND="..."] [BOOT_FILES="file[=/path] ..."] [EXPECT=<regex>] [BOOT_TIMEOUT=120]
#       boot it as /init; BOOT_KERNEL_ARCH=aarch64 runs an arm program on the arm64 kernel,
#       =mips64el a mipsel one on the mips64el kernel, =x86_64 an i386 one on the amd64 kernel
#   make multiarch-toolchains [MULTIARCH_ARCHES="..."]   cross compilers, qemu, cpio (root)
#   make multiarch-kernels [MULTIARCH_ARCHES="..."]      every Debian kernel that exists, cached
#   make multiarch-selftest [MULTIARCH_ARCHES="..."]     the harness's own check on every arch
#
# Kernels are cached in $${VRT_CACHE:-/var/cache/libvrt} (outside the work tree).

MULTIARCH_DIR := tests/multiarch
MULTIARCH_ARCHES ?= $(ARCHES)
BOOT_KERNEL_ARCH ?= $(ARCH)
# The oldest generation Debian has for it (tests/architectures.tsv: riscv64 has no 6.1).
KERNEL ?= $(firstword $(kernels.$(BOOT_KERNEL_ARCH)))
BOOT_TIMEOUT ?= 120

.PHONY: qemu-run boot multiarch-toolchains multiarch-kernels multiarch-selftest
qemu-run:
	@test -n "$(PROG)" || { echo "usage: make ARCH=<arch> qemu-run PROG=<static binary> [ARGS=...]" >&2; exit 1; }
	@$(MULTIARCH_DIR)/run.sh $(ARCH) $(PROG) $(ARGS)

boot:
	@test -n "$(PROG)" || { echo "usage: make ARCH=<arch> boot PROG=<static binary> [KERNEL=6.1|6.12|7] ..." >&2; exit 1; }
	@$(MULTIARCH_DIR)/boot.sh --timeout $(BOOT_TIMEOUT) $(if $(APPEND),--append "$(APPEND)") \
	    $(if $(EXPECT),--expect '$(EXPECT)') $(ARCH) $(BOOT_KERNEL_ARCH) $(KERNEL) $(PROG) $(BOOT_FILES)

multiarch-toolchains:
	@$(MULTIARCH_DIR)/install-toolchains.sh $(MULTIARCH_ARCHES)

# Four downloads at once: each is mostly waiting on the network. A kernel Debian does not have
# (fetch-kernel.sh's status 3) is no failure.
multiarch-kernels:
	@printf '%s %s\n' $(foreach a,$(MULTIARCH_ARCHES),$(foreach g,$(kernels.$(a)),$(a) $(g))) | \
	    xargs -P 4 -L 1 sh -c '$(MULTIARCH_DIR)/fetch-kernel.sh "$$0" "$$1" || [ $$? = 3 ]'

multiarch-selftest:
	@$(MULTIARCH_DIR)/selftest.sh $(MULTIARCH_ARCHES)

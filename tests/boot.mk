# --- boot: the integration programs and vrt-vdso on real Debian kernels, under qemu-system (TCG).
# Each combination below is one boot: vrt-init is /init, tests/boot/suite.c is /bin/suite, and
# the suite runs every program (in every configuration of BOOT_CONFIGS.<arch>) and the vrt-vdso
# subcommands, judging each by its header comments as tests/run-program.sh does
# (tests/boot/boot-combo.sh, tests/boot/manifest.sh). Results are named
# boot/<arch>/<kernel-arch>-<gen>/<compiler>/<link>/<program> and boot/<arch>/<kernel-arch>-<gen>/vrt-vdso/<subcommand>,
# plus boot/<arch>/<kernel-arch>-<gen>/complete: the machine ran the suite to its summary line.
# A kernel or toolchain that cannot be had is a failure, never a skip. Everything comes through
# the harness scripts (tests/multiarch/README.md): toolchains installed, kernels fetched and
# cached in $${VRT_CACHE:-/var/cache/libvrt}.
#
#   make check CHECK_TIERS=boot              the tier; per boot, the console and what it saw are in
#                                            build/results/boot/<arch>-on-<kernel-arch>-<gen>/
#   make vdso-references                     the tier (into build/reference-results), then
#                                            tests/reference/ from what it saw
#   make reference-files                     tests/reference/ from build/results as it is (after a
#                                            whole `make check`: every tier in the summary)
CHECK_TIERS += boot

# <arch>/<kernel-arch>/<gen>: every Debian kernel generation of each arch, and the compat pairs
# (i386 on the amd64 kernel, arm on the arm64 kernel, mipsel (o32) on the mips64el kernel), from
# tests/architectures.tsv's kernels and also-on columns (tests/multiarch/README.md: riscv64 has no
# 6.1; mipsel and i386 have no 6.12).
# Linux 7.x comes from trixie-backports (six kernels and two compat pairs: eight boots);
# BOOT_KERNEL_GENERATIONS="6.1 6.12" leaves it out.
BOOT_KERNEL_GENERATIONS ?= 6.1 6.12 7
boot_gens = $(filter $(BOOT_KERNEL_GENERATIONS),$(kernels.$(1)))
BOOT_COMBOS ?= $(foreach a,$(ARCHES),$(foreach g,$(call boot_gens,$(a)),$(a)/$(a)/$(g)) \
                   $(foreach k,$(also_on.$(a)),$(foreach g,$(call boot_gens,$(k)),$(a)/$(k)/$(g))))
boot_word = $(word $(1),$(subst /, ,$(2)))
BOOT_ARCHES = $(sort $(foreach c,$(BOOT_COMBOS),$(call boot_word,1,$(c))))
BOOT_KERNELS = $(sort $(foreach c,$(BOOT_COMBOS),$(call boot_word,2,$(c))/$(call boot_word,3,$(c))))
# What each arch's programs are built as: gcc static everywhere; clang static-pie where there is
# static-pie (MIPS has none).
BOOT_CONFIGS = gcc/static $(if $(filter $(1),$(BOOT_CLANG_ARCHES)),clang/static-pie)
BOOT_CLANG_ARCHES ?= x86_64 i386 aarch64 arm riscv64 ppc64le s390x
BOOT_TIMEOUT ?= 300
# Deferred (=, not :=): tests/check.mk, which sets RESULTS, is read after this file.
BOOT_OUT = $(RESULTS)/boot

.PHONY: check-boot boot-prepare boot-kernels vdso-references reference-files
check-boot:
	@case "$(BOOT_OUT)" in ?*/boot) ;; *) echo "check-boot: RESULTS is not set" >&2; exit 1 ;; esac
	@rm -rf $(BOOT_OUT) && mkdir -p $(BOOT_OUT) && rm -f $(RESULTS)/boot.txt
	@$(MAKE) --no-print-directory boot-prepare
	@$(MAKE) --no-print-directory -k boot-suite-runner $(BOOT_COMBOS:%=boot-combo/%); \
	    status=$$?; cat $(BOOT_OUT)/*.txt > $(RESULTS)/boot.txt; exit $$status

# The kernels, four downloads at once, into the cache (make check starts this beside the first
# tiers: tests/run-tiers.sh). A kernel that cannot be had leaves its log, and its boots say why.
boot-kernels:
	@mkdir -p $(RESULTS)/kernels
	@printf '%s\n' $(BOOT_KERNELS) | tr / ' ' | \
	    xargs -P 4 -L 1 sh -c 'tests/multiarch/fetch-kernel.sh "$$0" "$$1" > /dev/null 2> $(RESULTS)/kernels/$$0-$$1.log || \
	        echo "fetch-kernel.sh $$0 $$1: exit $$?" >> $(RESULTS)/kernels/$$0-$$1.log'; true

# The toolchains (root; a no-op when everything is there), then the kernels (cached: at once).
# A failure here leaves its log; the builds and boots that needed it then fail by themselves.
boot-prepare:
	@tests/multiarch/install-toolchains.sh $(BOOT_ARCHES) > $(BOOT_OUT)/toolchains.log 2>&1 || \
	    { tail -n 5 $(BOOT_OUT)/toolchains.log; \
	      echo "FAIL boot/toolchains: tests/multiarch/install-toolchains.sh failed ($(BOOT_OUT)/toolchains.log)" > $(BOOT_OUT)/0-toolchains.txt; }
	@printf '%s\n' $(BOOT_KERNELS) | tr / ' ' | \
	    xargs -P 4 -L 1 sh -c 'tests/multiarch/fetch-kernel.sh "$$0" "$$1" > /dev/null 2> $(BOOT_OUT)/kernel-$$0-$$1.log || \
	        echo "fetch-kernel.sh $$0 $$1: exit $$?" >> $(BOOT_OUT)/kernel-$$0-$$1.log'; true

# boot-build/<arch>/<compiler>: libvrt, then (in a second make, once libvrt exists) what the
# boots need from that compiler: the programs in its link modes, and for gcc the tools and the
# suite runner. One result line, in $(BOOT_OUT)/1-build-<arch>-<compiler>.txt.
boot_links = $(patsubst $(2)/%,%,$(filter $(2)/%,$(call BOOT_CONFIGS,$(1))))
boot-build/%: FORCE
	@arch=$(call boot_word,1,$*) compiler=$(call boot_word,2,$*); \
	log=$(BOOT_OUT)/build-$$arch-$$compiler.log; \
	cc=$(call user_cc,$(call boot_word,1,$*),$(call boot_word,2,$*)); \
	if $(MAKE) --no-print-directory ARCH=$$arch CC=$$cc lib > $$log 2>&1 && \
	   $(MAKE) --no-print-directory ARCH=$$arch CC=$$cc BOOT_LINKS="$(call boot_links,$(call boot_word,1,$*),$(call boot_word,2,$*))" \
	       BOOT_TOOLS=$(if $(filter gcc,$(call boot_word,2,$*)),yes) boot-build-inner >> $$log 2>&1; then \
	    echo "PASS boot/$$arch/$$compiler/build"; \
	else \
	    echo "FAIL boot/$$arch/$$compiler/build: $$(grep -m 1 -E 'error|Error' $$log)"; \
	fi > $(BOOT_OUT)/1-build-$$arch-$$compiler.txt

# In the make of one arch and compiler. A program that does not build leaves only its log
# (tests/check.mk's rule), and the boot reports it.
BOOT_PROGRAMS = $(foreach s,$(INTEGRATION_SOURCES),$(foreach l,$(call program_links,$(s),$(BOOT_LINKS)),\
                    $(BUILD)/tests/$(l)/$(basename $(notdir $(s)))))
.PHONY: boot-build-inner
boot-build-inner: $$(BOOT_PROGRAMS) $(if $(BOOT_TOOLS),$(BUILD)/bin/vrt-init $(BUILD)/bin/vrt-vdso $(BUILD)/boot/suite boot-clients)

# The clients tier's vDSO selftests for this arch, built with its installed vrt-cc, for the boots
# (tests/boot/manifest.sh reads the build lines). A source that cannot be had is a SKIP line.
.PHONY: boot-clients
boot-clients: $(LIB)
	@mkdir -p $(BUILD)/clients
	@$(MAKE) --no-print-directory install PREFIX=$(abspath $(BUILD)/install) > $(BUILD)/clients/install.log 2>&1
	@bash tests/clients/vdso-selftests.sh $(ARCH) $(BUILD)/install/bin/vrt-cc $(BUILD)/clients/vdso-selftests \
	    --build-only > $(BUILD)/clients/vdso-selftests.build.txt

$(BUILD)/boot/suite: tests/boot/suite.c $(LIB)
	@mkdir -p $(@D)
	$(CC) $(TARGET_FLAGS) $(PROGRAM_CFLAGS) $(LINK.static) -nostdlib $< -L$(BUILD) -lvrt -o $@

# The suite's judgement, checked on this machine with shell-script programs (the known-defect
# record and what it must not excuse): tests/boot/suite-selfcheck.sh.
.PHONY: boot-suite-runner
boot-suite-runner: boot-build/$(HOST_ARCH)/gcc
	@bash tests/boot/suite-selfcheck.sh build/$(HOST_ARCH)/gcc/boot/suite > $(BOOT_OUT)/0-suite-runner.txt

# boot-combo/<arch>/<kernel-arch>/<gen>: one boot, after its builds.
define boot_combo_rule
boot-combo/$(1): $(foreach c,$(sort gcc $(foreach x,$(call BOOT_CONFIGS,$(call boot_word,1,$(1))),$(call boot_word,1,$(x)))),boot-build/$(call boot_word,1,$(1))/$(c))
	@echo "   boot $(1)"
	@BOOT_TIMEOUT=$(BOOT_TIMEOUT) bash tests/boot/boot-combo.sh $(subst /, ,$(1)) \
	    $$(BOOT_OUT)/$(call boot_word,1,$(1))-on-$(call boot_word,2,$(1))-$(call boot_word,3,$(1)) \
	    $(call BOOT_CONFIGS,$(call boot_word,1,$(1))) \
	    > $$(BOOT_OUT)/2-$(call boot_word,1,$(1))-on-$(call boot_word,2,$(1))-$(call boot_word,3,$(1)).txt
endef
$(foreach c,$(BOOT_COMBOS),$(eval $(call boot_combo_rule,$(c))))

# --- references (tests/reference/): `vrt-vdso info` as each boot saw it, the host's own x86_64
# and i386, and tests/reference/architectures.md, a summary per arch for the README. The boots
# write to a results folder of their own, which no `make check` started meanwhile can empty; the
# tiers column also reads $(RESULTS), whatever the last `make check` left there.
REFERENCE_NATIVE_ARCHES := x86_64 i386
# Where reference-files finds the boots: $(RESULTS) unless vdso-references says otherwise.
REFERENCE_RESULTS ?=
reference_boots = $(or $(REFERENCE_RESULTS),$(RESULTS))
vdso-references:
	@$(MAKE) --no-print-directory check-boot RESULTS=build/reference-results; true
	@$(MAKE) --no-print-directory reference-files REFERENCE_RESULTS=build/reference-results

# An arch this kernel cannot run natively (i386 without IA32 emulation) keeps its host snapshot.
reference-files:
	@for arch in $(filter-out $(foreach a,$(REFERENCE_NATIVE_ARCHES),$(if $(call native_emulator,$(a)),$(a))),$(REFERENCE_NATIVE_ARCHES)); do \
	    $(MAKE) --no-print-directory ARCH=$$arch build/$$arch/gcc/bin/vrt-vdso > /dev/null && \
	    mkdir -p $(reference_boots)/boot/native-$$arch && \
	    build/$$arch/gcc/bin/vrt-vdso info > $(reference_boots)/boot/native-$$arch/vdso-info.txt && \
	    uname -r > $(reference_boots)/boot/native-$$arch/kernel.txt || exit 1; \
	done
	@bash tests/boot/references.sh tests/reference $(reference_boots) $(filter-out $(reference_boots),$(RESULTS))

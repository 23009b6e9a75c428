# make check: installs what the tests need (tests/install-deps.sh, tests/packages.txt), runs every
# tier, and ends with the line `N passed, M failed, K skipped` (tests/summary.sh); it fails if
# anything failed.
#
# A tier is a make target check-<tier> that writes $(RESULTS)/<tier>.txt afresh: lines
# `PASS <name>`, `FAIL <name>: <reason>` or `SKIP <name>: <reason>` (what this machine cannot
# run, and why: never a pass). To add a tier, in any tests/*.mk:
#     CHECK_TIERS += <tier>
#     check-<tier>: ...
# One tier alone: make check CHECK_TIERS=<tier>. A tier whose target fails counts as a failure.
#
# Tiers here:
#   unit         the doctest binary from tests/unit/*.cpp and $(UNIT_LIB_SOURCES), on the host
#   fuzz         make fuzz-check, when tests/fuzz/*.mk defines it: one result
#   integration  tests/integration/*.c and *.cpp (see tests/run-program.sh for what a program
#                declares in its first lines), built as a user builds them, for every arch in
#                $(INTEGRATION_ARCHES), compiler in $(INTEGRATION_COMPILERS), link in
#                $(INTEGRATION_LINKS), and run natively
#   qemu-user    the same programs run under qemu-<arch> for $(QEMU_USER_ARCHES): no vDSO, no
#                AT_SYSINFO, so the plain system call paths

RESULTS := build/results
CHECK_TIERS := unit fuzz integration qemu-user $(CHECK_TIERS)
# Tiers that run beside the others (tests/run-tiers.sh): fuzz is one process for a fixed time,
# and unit ends in one single-threaded doctest run (half a minute unoptimized) that would leave
# the second core idle. Neither times anything, and the integration programs beside them check
# lower bounds of time, the one upper bound being 10 s (they passed with a whole second
# integration tier running beside them).
CHECK_BACKGROUND_TIERS ?= fuzz unit
# Parallel jobs for each tier, unless make was already given -j.
CHECK_JOBS = $(if $(filter -j%,$(MAKEFLAGS)),,-j$(shell nproc))

.PHONY: check FORCE
check:
	@bash tests/install-deps.sh
	@bash tests/multiarch/install-toolchains.sh
	@rm -rf $(RESULTS) && mkdir -p $(RESULTS)
	@echo "== host: i386 programs run natively: $(call i386_native)"
	@bash tests/run-tiers.sh $(RESULTS) "$(MAKE) --no-print-directory $(CHECK_JOBS)" "$(CHECK_TIERS)" \
	    "$(filter $(CHECK_BACKGROUND_TIERS),$(CHECK_TIERS))" "$(if $(filter boot,$(CHECK_TIERS)),boot-kernels)"

unit-tests:
	@$(MAKE) --no-print-directory check CHECK_TIERS=unit
integration:
	@$(MAKE) --no-print-directory check CHECK_TIERS=integration

FORCE:

# --- unit: host g++ against glibc, with the sanitizers, so that the pure modules (crafted
# inputs, untrusted images) are checked for undefined behaviour as well as for results. -O0:
# the tier is mostly its build, which -O1 made three times as long (160 against 75 s of CPU on
# the 2-core machines), for a run 15 s shorter; the sanitizers see at least as much unoptimized.
# tests/unit/*.mk add library sources to UNIT_LIB_SOURCES and things the binary needs at run
# time (generated test images) to UNIT_TEST_DEPS. The repository is on the quote path only:
# as -I it would hide the system's <sys/...> headers behind libvrt's sys/ folder.
HOST_CXX := g++
UNIT_CXXFLAGS := -std=c++20 -O0 -g -Wall -Wextra -iquote . -fsanitize=address,undefined \
                 -fno-sanitize-recover=all -fno-omit-frame-pointer
UNIT_SOURCES = $(wildcard tests/unit/*.cpp) $(sort $(UNIT_LIB_SOURCES))
UNIT_OBJECTS = $(UNIT_SOURCES:%=$(HOST_BUILD)/obj/%.o)
UNIT_BINARY := $(HOST_BUILD)/unit-tests

$(HOST_BUILD)/obj/%.cpp.o: %.cpp
	@mkdir -p $(@D)
	$(HOST_CXX) $(UNIT_CXXFLAGS) -MMD -MP -c $< -o $@

$(UNIT_BINARY): $$(UNIT_OBJECTS)
	$(HOST_CXX) $(UNIT_CXXFLAGS) $^ -o $@

-include $(wildcard $(HOST_BUILD)/obj/*/*.d $(HOST_BUILD)/obj/*/*/*.d)

.PHONY: check-unit
check-unit:
	@mkdir -p $(RESULTS) && rm -f $(RESULTS)/unit.txt
	@if ! $(MAKE) --no-print-directory $(UNIT_BINARY) $(UNIT_TEST_DEPS) > $(RESULTS)/unit.build.log 2>&1; then \
	    grep -E -m 10 'error|Error' $(RESULTS)/unit.build.log; \
	    echo "FAIL unit: did not build ($(RESULTS)/unit.build.log)" > $(RESULTS)/unit.txt; \
	else \
	    VRT_TEST_IMAGES=$(HOST_BUILD)/vdso-images bash tests/run-doctest.sh unit $(UNIT_BINARY) > $(RESULTS)/unit.txt; \
	fi

# --- fuzz
.PHONY: check-fuzz
check-fuzz:
	@mkdir -p $(RESULTS) && rm -f $(RESULTS)/fuzz.txt
	@if [ -z "$(wildcard tests/fuzz/*.mk)" ]; then \
	    echo "SKIP fuzz: no tests/fuzz/*.mk" > $(RESULTS)/fuzz.txt; \
	elif $(MAKE) --no-print-directory fuzz-check > $(RESULTS)/fuzz.log 2>&1; then \
	    echo "PASS fuzz" > $(RESULTS)/fuzz.txt; \
	else \
	    tail -n 20 $(RESULTS)/fuzz.log; \
	    echo "FAIL fuzz: make fuzz-check failed ($(RESULTS)/fuzz.log)" > $(RESULTS)/fuzz.txt; \
	fi

# --- What this machine can run. An x86_64 kernel may lack IA32 emulation (built without it, or
# booted with ia32_emulation=0: common on minimal cloud and CI VMs): tests/host/i386-native.sh
# finds out once per boot (I386_NATIVE=auto), or I386_NATIVE=yes|no says so (to simulate the
# other kind of host). Where it cannot, the i386 cases of the integration, init and vdso-tool
# tiers run under qemu-i386 (no vDSO there: the fallback paths), the ones that need a real i386
# vDSO are skipped with the reason, and the boot tier still runs i386 on real kernels.
I386_NATIVE ?= auto
i386_native = $(or $(i386_native_answer),$(eval i386_native_answer := $$(shell bash tests/host/i386-native.sh \
                  $(I386_NATIVE) $(HOST_BUILD)))$(i386_native_answer))
# The emulator that runs arch $(1)'s programs in the "native" tiers, if any.
native_emulator = $(if $(and $(filter i386,$(1)),$(filter-out yes,$(call i386_native))),qemu-i386)

# --- integration and qemu-user: the same programs, run natively and under qemu-user.
INTEGRATION_ARCHES := $(if $(filter x86_64,$(HOST_ARCH)),x86_64 i386,$(HOST_ARCH))
QEMU_USER_ARCHES := $(ARCHES)
INTEGRATION_COMPILERS := gcc clang
INTEGRATION_LINKS := static static-pie
# The link modes of one (tier, arch, compiler): all of them natively; under qemu-user, gcc static
# and clang static-pie (both start paths, and the same binaries the boot tier runs, without
# doubling the tier's time); an arch may allow fewer (arch/<arch>/flags.mk: ARCH_LINKS, e.g.
# MIPS, which has no static-pie).
tier_links = $(filter $(or $(ARCH_LINKS),$(INTEGRATION_LINKS)),\
    $(if $(filter qemu-user,$(TIER)),$(if $(filter gcc,$(COMPILER)),static,static-pie),$(INTEGRATION_LINKS)))

# The compiler a user calls for arch $(1) with compiler family $(2): gcc on the machine's own
# arch, the Debian cross gcc for the others, clang for all (the Makefile adds --target).
user_cc = $(if $(filter clang,$(2)),clang,$(if $(filter $(1),$(HOST_ARCH)),gcc,$(triple.$(1))-gcc))

# The directives that open each test program (tests/directives.sh, their one reader), as make
# variables directive.<source>.<key>, written once for every make that reads this file.
DIRECTIVES_MK := build/directives.mk
$(DIRECTIVES_MK): tests/directives.sh $(wildcard tests/integration/*.c tests/integration/*.cpp tests/integration/*.expected)
	@mkdir -p $(@D)
	@bash tests/directives.sh --make $(filter %.c %.cpp,$^) > $@.$$$$ && mv $@.$$$$ $@
include $(DIRECTIVES_MK)
directive = $(directive.$(2).$(1))
# `// arches: A B` limits a program to those arches, `// links: L` to those link modes: elsewhere
# it does not apply, and is neither run nor reported. `// qemu-user-skip: A B (reason)` leaves
# it out of the qemu-user tier on those arches only, for an emulator bug it would report instead
# of ours (the real-kernel tier still runs it there): a SKIP line with the reason.
runs_on_arch = $(if $(call directive,arches,$(1)),$(filter $(ARCH),$(call directive,arches,$(1))),yes)
qemu_user_skips = $(and $(filter qemu-user,$(TIER)),$(filter $(ARCH),$(call directive,qemu-user-skip,$(1))))
program_links = $(if $(call directive,links,$(1)),$(filter $(call directive,links,$(1)),$(2)),$(2))
ARCH_SOURCES = $(foreach s,$(wildcard tests/integration/*.c tests/integration/*.cpp),$(if $(call runs_on_arch,$(s)),$(s)))
INTEGRATION_SOURCES = $(foreach s,$(ARCH_SOURCES),$(if $(call qemu_user_skips,$(s)),,$(s)))
QEMU_SKIPPED_SOURCES = $(foreach s,$(ARCH_SOURCES),$(if $(call qemu_user_skips,$(s)),$(s)))
integration_source = $(firstword $(wildcard tests/integration/$(1).c tests/integration/$(1).cpp))

# The arches the integration tier of this same check already runs under qemu-user (this kernel
# cannot run them): the qemu-user tier would run the very same binaries the same way again.
qemu_user_covered = $(if $(filter integration,$(CHECK_TIERS)),\
                        $(foreach a,$(INTEGRATION_ARCHES),$(if $(call native_emulator,$(a)),$(a))))
tier_arches = $(filter-out $(if $(filter qemu-user,$(1)),$(qemu_user_covered)),$(2))
# check-<tier> for a tier that runs the programs on the architectures in variable $(2): every
# (arch, compiler) pair is one tier-config/<tier>/<arch>/<compiler>, two of them run at once.
define program_tier
.PHONY: check-$(1)
check-$(1):
	@rm -rf $(RESULTS)/parts/$(1) && mkdir -p $(RESULTS)/parts/$(1)
	@$$(foreach a,$$(filter-out $$(call tier_arches,$(1),$$($(2))),$$($(2))),\
	    echo "SKIP $(1)/$$(a): the integration tier ran these programs under $$(call native_emulator,$$(a)) already" \
	        > $(RESULTS)/parts/$(1)/$$(a).txt;)
	@$$(MAKE) --no-print-directory -k $$(foreach a,$$(call tier_arches,$(1),$$($(2))),$$(foreach c,$$(INTEGRATION_COMPILERS),tier-config/$(1)/$$(a)/$$(c))); \
	    status=$$$$?; cat $(RESULTS)/parts/$(1)/*.txt > $(RESULTS)/$(1).txt; exit $$$$status
endef
$(eval $(call program_tier,integration,INTEGRATION_ARCHES))
$(eval $(call program_tier,qemu-user,QEMU_USER_ARCHES))

# tier-config/<tier>/<arch>/<compiler>: builds libvrt (one result line), then in a make of its
# own for that arch and compiler, builds and runs every program in every link mode.
config_word = $(word $(1),$(subst /, ,$*))
tier-config/%: FORCE
	@part=$(RESULTS)/parts/$(call config_word,1)/$(call config_word,2)-$(call config_word,3); \
	name=$(call config_word,1)/$(call config_word,2)/$(call config_word,3)/libvrt; \
	if $(MAKE) --no-print-directory ARCH=$(call config_word,2) \
	        CC=$(call user_cc,$(call config_word,2),$(call config_word,3)) lib > $$part.lib.log 2>&1; then \
	    echo "PASS $$name"; \
	else \
	    echo "FAIL $$name: did not build: $$(grep -m 1 -i 'error' $$part.lib.log)"; \
	fi > $$part.0.txt
	@$(MAKE) --no-print-directory ARCH=$(call config_word,2) \
	    CC=$(call user_cc,$(call config_word,2),$(call config_word,3)) TIER=$(call config_word,1) \
	    RESULT_PART=$(RESULTS)/parts/$(call config_word,1)/$(call config_word,2)-$(call config_word,3).1.txt \
	    tier-programs

# The rest runs in the make of one arch and compiler ($(ARCH), $(CC), $(BUILD)).
# Programs build exactly as a user's do (README, "Linking"). A program that does not build
# leaves only its log, and run-program.sh reports it.
program_flags.c = $(PROGRAM_CFLAGS)
program_flags.cpp = $(PROGRAM_CXXFLAGS)
define program_build_rule
$(BUILD)/tests/$(1)/%: tests/integration/%.$(2) tests/integration/self_check.h $(wildcard $(LIB))
	@mkdir -p $$(@D)
	@$$(CC) $$(TARGET_FLAGS) $$(program_flags.$(2)) $$(call directive,cflags,$$<) $$(LINK.$(1)) \
	    -nostdlib $$< -L$$(BUILD) -lvrt -o $$@ > $$@.build.log 2>&1 || rm -f $$@
endef
$(foreach link,$(INTEGRATION_LINKS),$(foreach extension,c cpp,\
    $(eval $(call program_build_rule,$(link),$(extension)))))
# Kept for the next tier (qemu-user runs the same binaries) and for people debugging.
.PRECIOUS: $(INTEGRATION_LINKS:%=$(BUILD)/tests/%/%)

run_program_options = $(if $(filter qemu-user,$(TIER)),--qemu $(qemu_user.$(ARCH)),\
                          $(if $(call native_emulator,$(ARCH)),--qemu $(call native_emulator,$(ARCH))))
$(BUILD)/tests/%.$(TIER).result: $(BUILD)/tests/% tests/run-program.sh FORCE
	@bash tests/run-program.sh $(run_program_options) $(TIER)/$(ARCH)/$(COMPILER)/$* \
	    $(call integration_source,$(notdir $*)) $< > $@

.PHONY: tier-programs
program_results = $(foreach s,$(INTEGRATION_SOURCES),$(foreach l,$(call program_links,$(s),$(or $(tier_links),static)),\
                      $(BUILD)/tests/$(l)/$(basename $(notdir $(s))).$(TIER).result))
skip_lines = $(foreach s,$(QEMU_SKIPPED_SOURCES),$(foreach l,$(call program_links,$(s),$(or $(tier_links),static)),\
                 echo "SKIP $(TIER)/$(ARCH)/$(COMPILER)/$(l)/$(basename $(notdir $(s))): qemu-user-skip:\
                 $(subst ",,$(call directive,qemu-user-skip,$(s)))";))
tier-programs: $$(program_results)
	@{ cat $^ /dev/null; $(skip_lines) } > $(RESULT_PART)

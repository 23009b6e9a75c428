# --- init: tools/vrt-init as PID 1 of PID namespaces and as a subreaper (tests/init/run.sh), built
# for every arch and compiler of the integration tier and run natively (an i386 vrt-init under
# qemu-i386 where this kernel cannot run i386 programs: tests/check.mk, I386_NATIVE), one
# configuration at a time (its checks time what processes do; two at once on a loaded 2-core
# machine made 100 orphans miss PID 1). Needs root and unshare (util-linux): a SKIP otherwise. Each run sits in
# a PID namespace of its own as well, so that a vrt-init that wrongly took itself for a machine's
# init could only signal and "power off" that namespace.
CHECK_TIERS += init

init_binary = build/$(1)/$(2)/bin/vrt-init

.PHONY: check-init
check-init:
	@mkdir -p $(RESULTS) && rm -rf $(RESULTS)/init.txt $(RESULTS)/parts/init
	@if [ "$$(id -u)" != 0 ] || ! command -v unshare > /dev/null; then \
	    echo "SKIP init: needs root and unshare (util-linux) for PID namespaces" > $(RESULTS)/init.txt; \
	else \
	    mkdir -p $(RESULTS)/parts/init; \
	    $(MAKE) --no-print-directory -k -j1 $(foreach a,$(INTEGRATION_ARCHES),$(foreach c,$(INTEGRATION_COMPILERS),init-config/$(a)/$(c))); \
	    status=$$?; cat $(RESULTS)/parts/init/*.txt > $(RESULTS)/init.txt; exit $$status; \
	fi

# init-config/<arch>/<compiler>: builds that vrt-init and runs tests/init/run.sh on it.
init-config/%: FORCE
	@arch=$(call config_word,1) compiler=$(call config_word,2); \
	log=$(RESULTS)/parts/init/$$arch-$$compiler.log; \
	if $(MAKE) --no-print-directory ARCH=$$arch CC=$(call user_cc,$(call config_word,1),$(call config_word,2)) \
	        $(call init_binary,$(call config_word,1),$(call config_word,2)) > $$log 2>&1; then \
	    VRT_INIT_EMULATOR=$(call native_emulator,$(call config_word,1)) \
	    timeout 600 unshare --pid --fork --mount-proc tests/init/run.sh \
	        $(call init_binary,$(call config_word,1),$(call config_word,2)) $$arch/$$compiler < /dev/null 2>> $$log || \
	        echo "FAIL init/$$arch/$$compiler: tests/init/run.sh stopped ($$log)"; \
	else \
	    echo "FAIL init/$$arch/$$compiler/build: $$(grep -m 1 -E 'error|undefined' $$log)"; \
	fi > $(RESULTS)/parts/init/$$arch-$$compiler.txt

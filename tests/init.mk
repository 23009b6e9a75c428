# --- init: tools/vrt-init as PID 1 of PID namespaces and as a subreaper (tests/init/run.sh), built
# for every arch and compiler of the integration tier and run natively. Needs root and unshare
# (util-linux). Each run sits in a PID namespace of its own as well, so that a vrt-init that
# wrongly took itself for a machine's init could only signal and "power off" that namespace.
CHECK_TIERS += init

init_binary = build/$(1)/$(2)/bin/vrt-init
define run_init_tests
if $(MAKE) --no-print-directory ARCH=$(1) CC=$(call user_cc,$(1),$(2)) $(call init_binary,$(1),$(2)) \
        > $(RESULTS)/init-$(1)-$(2).log 2>&1; then \
    timeout 600 unshare --pid --fork --mount-proc tests/init/run.sh $(call init_binary,$(1),$(2)) $(1)/$(2) \
        < /dev/null 2>> $(RESULTS)/init-$(1)-$(2).log >> $(RESULTS)/init.txt || \
        echo "FAIL init/$(1)/$(2): tests/init/run.sh stopped ($(RESULTS)/init-$(1)-$(2).log)" >> $(RESULTS)/init.txt; \
else \
    echo "FAIL init/$(1)/$(2)/build: $$(grep -m 1 -E 'error|undefined' $(RESULTS)/init-$(1)-$(2).log)" >> $(RESULTS)/init.txt; \
fi;
endef

.PHONY: check-init
check-init:
	@mkdir -p $(RESULTS) && rm -f $(RESULTS)/init.txt
	@if [ "$$(id -u)" != 0 ] || ! command -v unshare > /dev/null; then \
	    echo "SKIP init: needs root and unshare (util-linux) for PID namespaces" > $(RESULTS)/init.txt; \
	else \
	    $(foreach a,$(INTEGRATION_ARCHES),$(foreach c,$(INTEGRATION_COMPILERS),$(call run_init_tests,$(a),$(c)))) \
	    true; \
	fi

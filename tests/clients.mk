# --- clients: real programs nobody here wrote, built unchanged with libvrt's compiler driver
# (`vrt-cc`, from `make install`) and run against their own expectations (tests/clients/):
#   tini            Debian's source package, its CMake build, its own test suite, and as PID 1
#   vdso-selftests  the kernel's tools/testing/selftests/vDSO/ from Debian's linux-source package
# The sources are downloaded once and cached in $${VRT_CACHE:-/var/cache/libvrt}/sources (never
# committed); a source that cannot be had is a SKIP with the reason. Natively for the host's
# arches here; the boot tier runs the cross-built selftests on the other arches' real kernels.
CHECK_TIERS += clients
CLIENTS_ARCHES ?= x86_64
# Where `make install` puts libvrt for the clients: a prefix of the build folder.
clients_prefix = build/$(1)/gcc/install

# One arch: install libvrt into the build folder with that arch's compiler, then the clients.
define run_clients
if $(MAKE) --no-print-directory ARCH=$(1) CC=$(call user_cc,$(1),gcc) install PREFIX=$(abspath $(call clients_prefix,$(1))) \
        > $(RESULTS)/clients-$(1)-install.log 2>&1; then \
    echo "PASS clients/$(1)/install"; \
    bash tests/clients/tini.sh $(1) $(call clients_prefix,$(1))/bin/vrt-cc build/$(1)/clients/tini; \
    bash tests/clients/vdso-selftests.sh $(1) $(call clients_prefix,$(1))/bin/vrt-cc build/$(1)/clients/vdso-selftests; \
else \
    echo "FAIL clients/$(1)/install: $$(grep -m 1 -E 'error|Error' $(RESULTS)/clients-$(1)-install.log)"; \
fi;
endef

.PHONY: check-clients
check-clients:
	@mkdir -p $(RESULTS) && rm -f $(RESULTS)/clients.txt $(RESULTS)/clients.skipped
	@{ $(foreach a,$(CLIENTS_ARCHES),$(call run_clients,$(a))) true; } > $(RESULTS)/clients.txt

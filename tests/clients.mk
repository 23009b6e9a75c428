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

.PHONY: check-clients clients-install
check-clients:
	@mkdir -p $(RESULTS) && rm -f $(RESULTS)/clients.txt $(RESULTS)/clients.skipped
	@for arch in $(CLIENTS_ARCHES); do \
	    prefix=$$(realpath -m $(call clients_prefix,$$arch)); \
	    if ! $(MAKE) --no-print-directory ARCH=$$arch CC=$(call user_cc,$$arch,gcc) install PREFIX=$$prefix \
	            > $(RESULTS)/clients-$$arch-install.log 2>&1; then \
	        echo "FAIL clients/$$arch/install: $$(grep -m 1 -E 'error|Error' $(RESULTS)/clients-$$arch-install.log)"; \
	        continue; \
	    fi; \
	    echo "PASS clients/$$arch/install"; \
	    bash tests/clients/tini.sh $$arch $$prefix/bin/vrt-cc build/$$arch/clients/tini; \
	    bash tests/clients/vdso-selftests.sh $$arch $$prefix/bin/vrt-cc build/$$arch/clients/vdso-selftests; \
	done > $(RESULTS)/clients.txt

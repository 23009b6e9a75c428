# The vdso-tool tier (make check): every vrt-vdso subcommand, natively, for the arches this
# machine runs (tests/vdso-tool.sh). The other arches run them on real kernels in the boot tier.
CHECK_TIERS += vdso-tool
VDSO_TOOL_ARCHES ?= x86_64 i386

.PHONY: check-vdso-tool
check-vdso-tool:
	@mkdir -p $(RESULTS) && rm -f $(RESULTS)/vdso-tool.txt
	@for arch in $(VDSO_TOOL_ARCHES); do \
	    if $(MAKE) --no-print-directory ARCH=$$arch build/$$arch/gcc/bin/vrt-vdso > $(RESULTS)/vdso-tool.$$arch.log 2>&1; then \
	        bash tests/vdso-tool.sh $$arch build/$$arch/gcc/bin/vrt-vdso build/results/vdso-tool-$$arch >> $(RESULTS)/vdso-tool.txt; \
	    else \
	        echo "FAIL vdso-tool/$$arch: vrt-vdso did not build ($(RESULTS)/vdso-tool.$$arch.log)" >> $(RESULTS)/vdso-tool.txt; \
	    fi; \
	done

# The vdso-tool tier (make check): every vrt-vdso subcommand, natively, for the arches this
# machine runs (tests/vdso-tool.sh), both at once. Where this kernel cannot run i386 programs
# (tests/check.mk, I386_NATIVE), the i386 tool runs under qemu-i386 and what needs a real vDSO is
# skipped. The other arches run them on real kernels in the boot tier.
CHECK_TIERS += vdso-tool
VDSO_TOOL_ARCHES ?= $(INTEGRATION_ARCHES)

.PHONY: check-vdso-tool
check-vdso-tool:
	@mkdir -p $(RESULTS) && rm -rf $(RESULTS)/vdso-tool.txt $(RESULTS)/parts/vdso-tool
	@mkdir -p $(RESULTS)/parts/vdso-tool
	@$(MAKE) --no-print-directory -k $(VDSO_TOOL_ARCHES:%=vdso-tool-arch/%); \
	    status=$$?; cat $(RESULTS)/parts/vdso-tool/*.txt > $(RESULTS)/vdso-tool.txt; exit $$status

vdso_tool_emulated = $(call native_emulator,$(1)) "needs a real $(1) vDSO: $(subst ",',$(subst no: ,,$(call i386_native))); the boot tier runs it on real kernels"

vdso-tool-arch/%: FORCE
	@if $(MAKE) --no-print-directory ARCH=$* build/$*/gcc/bin/vrt-vdso > $(RESULTS)/parts/vdso-tool/$*.log 2>&1; then \
	    bash tests/vdso-tool.sh $* build/$*/gcc/bin/vrt-vdso $(RESULTS)/vdso-tool-$* \
	        $(if $(call native_emulator,$*),$(call vdso_tool_emulated,$*)); \
	else \
	    echo "FAIL vdso-tool/$*: vrt-vdso did not build ($(RESULTS)/parts/vdso-tool/$*.log)"; \
	fi > $(RESULTS)/parts/vdso-tool/$*.txt

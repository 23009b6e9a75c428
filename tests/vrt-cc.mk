# --- vrt-cc: `make install` into a scratch prefix for each arch in $(VRT_CC_ARCHES), then the
# installed vrt-cc and vrt-c++ build tests/vrt-cc/several_headers.c with gcc and clang, static
# and static-pie (where the arch has it), and the programs run: natively on the machine's own
# arch, under qemu-user elsewhere (tests/vrt-cc/run.sh).
CHECK_TIERS += vrt-cc
VRT_CC_ARCHES := x86_64 i386 aarch64 arm mipsel
VRT_CC_PREFIX = $(CURDIR)/$(BUILD)/vrt-cc-install
vrt_cc_emulator = $(if $(filter $(HOST_ARCH),$(ARCH)),,qemu-$(ARCH))

.PHONY: check-vrt-cc vrt-cc-results
check-vrt-cc:
	@mkdir -p $(RESULTS) && rm -f $(RESULTS)/vrt-cc.txt
	@$(foreach a,$(VRT_CC_ARCHES),\
	    $(MAKE) -s --no-print-directory ARCH=$(a) CC=$(call user_cc,$(a),gcc) vrt-cc-results \
	        >> $(RESULTS)/vrt-cc.txt 2> $(RESULTS)/vrt-cc-$(a).log || \
	    echo "FAIL vrt-cc/$(a): make vrt-cc-results failed ($(RESULTS)/vrt-cc-$(a).log)" >> $(RESULTS)/vrt-cc.txt;) true

vrt-cc-results:
	@rm -rf $(VRT_CC_PREFIX)
	@$(MAKE) -s --no-print-directory install PREFIX=$(VRT_CC_PREFIX) > /dev/null
	@bash tests/vrt-cc/run.sh $(VRT_CC_PREFIX) $(ARCH) "$(or $(ARCH_LINKS),$(INTEGRATION_LINKS))" $(vrt_cc_emulator)

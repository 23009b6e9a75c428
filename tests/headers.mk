# --- headers: the public headers as a user's compiler sees them (tests/headers/check.sh): each
# alone and all together, as C (c89, c99, c11) and C++, with -nostdinc, with gcc on the arches in
# $(HEADER_ARCHES) and with clang too on $(HEADER_CLANG_ARCHES) (a 64-bit and a 32-bit one: the
# two compilers' predefined types differ there); and every function and object they declare
# defined in libvrt.a (tests/headers/declared.sh, gcc, the same arches). Nothing is run.
CHECK_TIERS += headers
HEADER_ARCHES := x86_64 i386 aarch64 arm mipsel
HEADER_CLANG_ARCHES := x86_64 arm
header_compilers = gcc $(if $(filter $(1),$(HEADER_CLANG_ARCHES)),clang)

# The options vrt-cc gives, for this make's $(ARCH) and $(CC), from the source tree.
HEADER_TEST_INCLUDES = -nostdinc -isystem $(FREESTANDING_INCLUDE) -isystem $(UAPI) $(PUBLIC_INCLUDES)

.PHONY: check-headers headers-results declared-results
# One part per (arch, compiler), and one per arch for the definitions: parallel jobs, each into
# a file of its own; the tier's file is their concatenation, in this order.
header_parts = $(foreach a,$(HEADER_ARCHES),$(foreach c,$(call header_compilers,$(a)),headers/$(a)/$(c)) declared/$(a)/gcc)
header_part_file = $(RESULTS)/parts/headers/$(subst /,-,$(1)).txt
check-headers:
	@rm -rf $(RESULTS)/parts/headers && mkdir -p $(RESULTS)/parts/headers && rm -f $(RESULTS)/headers.txt
	@$(MAKE) --no-print-directory -k $(header_parts:%=header-part/%); \
	    status=$$?; cat $(foreach p,$(header_parts),$(call header_part_file,$(p))) > $(RESULTS)/headers.txt; \
	    exit $$status

# header-part/<kind>/<arch>/<compiler>: make <kind>-results (kind: headers or declared).
define header_part_rule
.PHONY: header-part/$(1)/$(2)/$(3)
header-part/$(1)/$(2)/$(3):
	@$$(MAKE) -s --no-print-directory ARCH=$(2) CC=$$(call user_cc,$(2),$(3)) $(1)-results \
	    > $$(call header_part_file,$(1)/$(2)/$(3)) 2> $$(RESULTS)/$(1)-$(2)-$(3).log || \
	    echo "FAIL $(1)/$(2)/$(3): make $(1)-results failed ($$(RESULTS)/$(1)-$(2)-$(3).log)" \
	        >> $$(call header_part_file,$(1)/$(2)/$(3))
endef
$(foreach p,$(header_parts),$(eval $(call header_part_rule,$(word 1,$(subst /, ,$(p))),$(word 2,$(subst /, ,$(p))),$(word 3,$(subst /, ,$(p))))))

headers-results: $(GENERATED_INCLUDE)/bits/syscall.h
	@bash tests/headers/check.sh $(ARCH)/$(COMPILER) "$(CC) $(TARGET_FLAGS)" $(HEADER_TEST_INCLUDES)

declared-results: $(LIB) $(GENERATED_INCLUDE)/bits/syscall.h
	@bash tests/headers/declared.sh $(ARCH)/$(COMPILER) "$(CC) $(TARGET_FLAGS)" $(BUILD) $(HEADER_TEST_INCLUDES)

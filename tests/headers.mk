# --- headers: the public headers as a user's compiler sees them (tests/headers/check.sh): each
# alone and all together, as C (c99, c11) and C++, with -nostdinc, with gcc on the arches in
# $(HEADER_ARCHES) and with clang too on $(HEADER_CLANG_ARCHES) (a 64-bit and a 32-bit one: the
# two compilers' predefined types differ there); and every function and object they declare
# defined in libvrt.a (tests/headers/declared.sh, gcc, the same arches). Nothing is run.
CHECK_TIERS += headers
HEADER_ARCHES := x86_64 i386 aarch64 arm mipsel
HEADER_CLANG_ARCHES := x86_64 arm
header_compilers = gcc $(if $(filter $(1),$(HEADER_CLANG_ARCHES)),clang)

# The options vrt-cc gives, for this make's $(ARCH) and $(CC), from the source tree.
HEADER_TEST_INCLUDES = -nostdinc -isystem $(FREESTANDING_INCLUDE) -isystem $(UAPI) $(PUBLIC_INCLUDES)

.PHONY: check-headers header-results declared-results
check-headers:
	@mkdir -p $(RESULTS) && rm -f $(RESULTS)/headers.txt
	@$(foreach a,$(HEADER_ARCHES),$(foreach c,$(call header_compilers,$(a)),\
	    $(MAKE) -s --no-print-directory ARCH=$(a) CC=$(call user_cc,$(a),$(c)) header-results \
	        >> $(RESULTS)/headers.txt 2> $(RESULTS)/headers-$(a)-$(c).log || \
	    echo "FAIL headers/$(a)/$(c): make header-results failed ($(RESULTS)/headers-$(a)-$(c).log)" \
	        >> $(RESULTS)/headers.txt;)\
	    $(MAKE) -s --no-print-directory ARCH=$(a) CC=$(call user_cc,$(a),gcc) declared-results \
	        >> $(RESULTS)/headers.txt 2> $(RESULTS)/declared-$(a).log || \
	    echo "FAIL defined/$(a): make declared-results failed ($(RESULTS)/declared-$(a).log)" \
	        >> $(RESULTS)/headers.txt;) true

header-results: $(GENERATED_INCLUDE)/bits/syscall.h
	@bash tests/headers/check.sh $(ARCH)/$(COMPILER) "$(CC) $(TARGET_FLAGS)" $(HEADER_TEST_INCLUDES)

declared-results: $(LIB) $(GENERATED_INCLUDE)/bits/syscall.h
	@bash tests/headers/declared.sh $(ARCH)/$(COMPILER) "$(CC) $(TARGET_FLAGS)" $(BUILD) $(HEADER_TEST_INCLUDES)

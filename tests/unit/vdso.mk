# The vDSO reader's unit tests (tests/unit/vdso_*_test.cpp): the reader's sources, compiled on
# the host into the unit-test binary, and the shared objects those tests parse as files, linked
# with clang and lld from tests/vdso-images/ into $(HOST_BUILD)/vdso-images (the tests find them
# through VRT_TEST_IMAGES).

VDSO_READER_SOURCES := vdso/image.cpp vdso/gnu_hash.cpp vdso/sysv_hash.cpp vdso/versions.cpp \
                       vdso/symbols.cpp
UNIT_LIB_SOURCES += $(VDSO_READER_SOURCES)

VDSO_IMAGES_DIR := $(HOST_BUILD)/vdso-images
VDSO_IMAGES_SRC := tests/vdso-images
VDSO_IMAGE_CC ?= clang
VDSO_IMAGE_FLAGS := -fPIC -O2 -shared -nostdlib -fuse-ld=lld -Wl,-soname,linux-vdso.so.1
VDSO_IMAGES :=

# $(call vdso_image,name,clang target,hash style,version script or -,source)
define vdso_image
VDSO_IMAGES += $(VDSO_IMAGES_DIR)/$(1).so
$(VDSO_IMAGES_DIR)/$(1).so: $(VDSO_IMAGES_SRC)/$(5) $(if $(filter-out -,$(4)),$(VDSO_IMAGES_SRC)/$(4))
	@mkdir -p $$(@D)
	$$(VDSO_IMAGE_CC) --target=$(2) $$(VDSO_IMAGE_FLAGS) -Wl,--hash-style=$(3) \
	    $(if $(filter-out -,$(4)),-Xlinker --version-script=$(VDSO_IMAGES_SRC)/$(4)) $$< -o $$@
endef

$(eval $(call vdso_image,x86_64-gnu,x86_64-linux-gnu,gnu,linux-2.6.map,entry_points.c))
$(eval $(call vdso_image,x86_64-sysv,x86_64-linux-gnu,sysv,linux-2.6.map,entry_points.c))
$(eval $(call vdso_image,x86_64-both,x86_64-linux-gnu,both,linux-2.6.map,entry_points.c))
$(eval $(call vdso_image,x86_64-unversioned,x86_64-linux-gnu,both,-,entry_points.c))
$(eval $(call vdso_image,x86_64-wrong-version,x86_64-linux-gnu,both,wrong-version.map,entry_points.c))
$(eval $(call vdso_image,x86_64-undefined,x86_64-linux-gnu,gnu,linux-2.6.map,undefined_reference.c))
$(eval $(call vdso_image,x86_64-two-versions,x86_64-linux-gnu,gnu,two-versions.map,two_versions.c))
$(eval $(call vdso_image,x86_64-two-versions-sysv,x86_64-linux-gnu,sysv,two-versions.map,two_versions.c))
$(eval $(call vdso_image,i386-gnu,i686-linux-gnu,gnu,linux-2.6.map,entry_points.c))
$(eval $(call vdso_image,i386-sysv,i686-linux-gnu,sysv,linux-2.6.map,entry_points.c))
$(eval $(call vdso_image,aarch64-gnu,aarch64-linux-gnu,gnu,linux-2.6.map,entry_points.c))
$(eval $(call vdso_image,arm-both,armv7-linux-gnueabihf,both,linux-2.6.map,entry_points.c))
$(eval $(call vdso_image,ppc64-big-endian,powerpc64-linux-gnu,both,linux-2.6.map,entry_points.c))

UNIT_TEST_DEPS += $(VDSO_IMAGES)

# The running machine's vDSO as a file: a seed for the fuzzer (tests/fuzz/fuzz.mk).
$(VDSO_IMAGES_DIR)/dump-host-vdso: $(VDSO_IMAGES_SRC)/dump_host_vdso.cpp $(VDSO_READER_SOURCES)
	@mkdir -p $(@D)
	$(HOST_CXX) -std=c++20 -O2 -Wall -Wextra -iquote . $^ -o $@

$(VDSO_IMAGES_DIR)/host-vdso.so: $(VDSO_IMAGES_DIR)/dump-host-vdso
	$< $@

.PHONY: vdso-images
vdso-images: $(VDSO_IMAGES) $(VDSO_IMAGES_DIR)/host-vdso.so

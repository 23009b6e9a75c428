# libvrt: a static libc-style runtime for Linux, built per architecture.
#
#   make [ARCH=<arch>] [CC=gcc|clang|<triple>-gcc]   build build/<arch>/<compiler>/libvrt.a and the tools
#   make run                                          build, then run `vrt-vdso info` and a short bench
#   make check                                        every test tier (installs Debian packages as root)
#   make install PREFIX=<dir> [ARCH=<arch>]           lib/libvrt.a, include/, lib/pkgconfig/vrt.pc, bin/vrt-cc
#   make bench                                        benchmarks: figures, never pass/fail
#
# ARCH is one of $(ARCHES); the default is the machine's own.

.SUFFIXES:
comma := ,
.DELETE_ON_ERROR:
SHELL := /bin/bash

# The architectures, their GNU triples (as Debian's cross compilers and clang's --target spell
# them), the multiarch folder where a native machine's kernel headers live, the Debian kernel
# generations, the 64-bit kernel arch that also runs them and their qemu-user: one table,
# tests/architectures.tsv, which every script in tests/ reads too (tests/architectures.sh).
arch_rows := $(shell awk -F'\t' '!/^\#/ && NF { gsub(/ /, ",", $$10); print $$1 ":" $$2 ":" $$3 ":" $$10 ":" $$11 ":" $$5 }' \
                 tests/architectures.tsv)
arch_field = $(filter-out -,$(word $(2),$(subst :, ,$(1))))
ARCHES := $(foreach r,$(arch_rows),$(call arch_field,$(r),1))
$(foreach r,$(arch_rows),$(eval triple.$(call arch_field,$(r),1) := $(call arch_field,$(r),2))\
    $(eval multiarch.$(call arch_field,$(r),1) := $(call arch_field,$(r),3))\
    $(eval kernels.$(call arch_field,$(r),1) := $(subst $(comma), ,$(call arch_field,$(r),4)))\
    $(eval also_on.$(call arch_field,$(r),1) := $(call arch_field,$(r),5))\
    $(eval qemu_user.$(call arch_field,$(r),1) := $(call arch_field,$(r),6)))

machine := $(shell uname -m)
HOST_ARCH := $(or $(filter $(machine),$(ARCHES)),$(if $(filter i%86,$(machine)),i386),$(machine))
ARCH ?= $(HOST_ARCH)
ifeq ($(filter $(ARCH),$(ARCHES)),)
$(error ARCH=$(ARCH) is not one of: $(ARCHES))
endif

# Files the same on several arches live once in a shared folder, searched after the arch's own.
shared.mips64el := mips
shared.mipsel := mips
TRIPLE := $(triple.$(ARCH))
MULTIARCH := $(or $(multiarch.$(ARCH)),$(TRIPLE))
ARCH_DIRS := arch/$(ARCH) $(addprefix arch/,$(shared.$(ARCH)))

# The compiler: gcc on the host, else the Debian cross gcc when installed, else clang.
ifeq ($(origin CC),default)
  ifeq ($(ARCH),$(HOST_ARCH))
    CC := gcc
  else ifneq ($(shell command -v $(TRIPLE)-gcc),)
    CC := $(TRIPLE)-gcc
  else
    CC := clang
  endif
endif
COMPILER := $(if $(findstring clang,$(shell $(CC) --version 2>/dev/null | head -n 1)),clang,gcc)
TARGET_FLAGS := $(if $(filter clang,$(COMPILER)),--target=$(TRIPLE))
-include $(wildcard $(ARCH_DIRS:%=%/flags.mk))
TARGET_FLAGS += $(ARCH_FLAGS) $(ARCH_FLAGS.$(COMPILER))

BUILD := build/$(ARCH)/$(COMPILER)
HOST_BUILD := build/host

# Kernel UAPI headers only: a private folder with links to asm/, asm-generic/ and linux/, so no
# libc header can be reached by accident (the Debian cross packages put them in /usr/<triple>/include).
CROSS_UAPI := $(wildcard /usr/$(TRIPLE)/include/asm)
UAPI_ROOT := $(if $(CROSS_UAPI),/usr/$(TRIPLE)/include,/usr/include)
UAPI_ASM := $(or $(CROSS_UAPI),$(wildcard /usr/include/$(MULTIARCH)/asm))
UAPI := $(BUILD)/uapi
FREESTANDING_INCLUDE = $(shell $(CC) $(TARGET_FLAGS) -print-file-name=include)

# The public headers: include/ (the standard names and vrt/), the arch's bits, and the ones
# generated from the kernel's headers at build time ($(GENERATED_INCLUDE), e.g. bits/syscall.h).
# -iquote . keeps libvrt's own "sys/..." headers apart from the public <sys/...> ones.
GENERATED_INCLUDE := $(BUILD)/include
PUBLIC_INCLUDES := -Iinclude $(ARCH_DIRS:%=-I%/include) -I$(GENERATED_INCLUDE)
CPPFLAGS := -nostdinc -isystem $(FREESTANDING_INCLUDE) -isystem $(UAPI) \
            -iquote . $(PUBLIC_INCLUDES) $(ARCH_DIRS:%=-I%)
# <stdint.h> comes first in every file: a UAPI <asm/types.h> read before it may redefine
# __UINTPTR_TYPE__ (arm's makes uintptr_t unsigned long, the compiler says unsigned int), and a
# C++ function taking a uintptr_t would then have a different name in different files.
# -Os: startup and the libc surface are size-bound, and the hot paths (a vDSO call, a system
# call) are a few instructions around an indirect call or a trap, which -O2 does not make faster.
# stdio too: its formatter is written so that -Os code stays fast (libc/stdio/format.cpp: no
# division per digit, nothing to call for an absent width), and -Os printf and fputs of short
# lines are faster than glibc's (README, Benchmarks), and -O2 cost tini 1.5 KB of code.
OPTIMIZE ?= -Os
CXXFLAGS := -std=c++20 -ffreestanding -fno-exceptions -fno-rtti -fno-builtin -include stdint.h \
            -fno-stack-protector -fPIE $(OPTIMIZE) -g -fno-asynchronous-unwind-tables -fno-unwind-tables \
            -fno-ident \
            -fno-threadsafe-statics -fvisibility=hidden -ffunction-sections -fdata-sections \
            -Wall -Wextra $(if $(filter gcc,$(COMPILER)),-fno-tree-loop-distribute-patterns)
ASFLAGS := -fPIE -g

LIB_SOURCES := $(wildcard crt/*.cpp sys/*.cpp vdso/*.cpp libc/*/*.cpp $(ARCH_DIRS:%=%/*.cpp))
LIB_ASM := $(wildcard $(ARCH_DIRS:%=%/*.S))
LIB_OBJECTS := $(patsubst %,$(BUILD)/obj/%.o,$(LIB_SOURCES) $(LIB_ASM))
LIB := $(BUILD)/libvrt.a

# A program of our own builds exactly as a user's does with vrt-cc (README, "Quick start"): libvrt's
# headers, the compiler's freestanding ones and the kernel's, nothing from the machine's libc.
PROGRAM_CFLAGS := -O2 -g -Wall -Wextra -nostdinc -isystem $(FREESTANDING_INCLUDE) $(PUBLIC_INCLUDES) -isystem $(UAPI)
PROGRAM_CXXFLAGS := $(PROGRAM_CFLAGS) -std=c++20 -fno-exceptions -fno-rtti
LINK.static := -static
# arch/<arch>/flags.mk names the options for a compiler whose -static-pie does not work there
# (ARCH_LINK_STATIC_PIE.gcc, ARCH_LINK_STATIC_PIE.clang).
LINK.static-pie := $(or $(ARCH_LINK_STATIC_PIE.$(COMPILER)),-static-pie -fPIE)
LINK ?= static

# A folder of tools/ with C++ sources is one program; tools/vrt-cc holds the compiler driver and
# pkg-config templates that make install fills in, and the generator of <bits/syscall.h>.
TOOLS := $(sort $(notdir $(patsubst %/,%,$(dir $(wildcard tools/*/*.cpp)))))
# Our tools link as small as a user can (README, "Linking"): unused sections dropped, and no
# page-aligned split between headers, code and data.
TOOL_LDFLAGS := -ffunction-sections -fdata-sections -Wl,--gc-sections,-z,noseparate-code,-z,norelro
TOOL_BINARIES := $(TOOLS:%=$(BUILD)/bin/%)

.PHONY: all lib tools run vdso-report check install bench clean unit-tests integration
all: lib tools

lib: $(LIB)
tools: $(TOOL_BINARIES)

$(UAPI)/.stamp:
	@test -n "$(UAPI_ASM)" || { echo "no kernel headers for $(ARCH): install linux-libc-dev or linux-libc-dev-*-cross (make check does)" >&2; exit 1; }
	@mkdir -p $(UAPI)
	ln -sfn $(UAPI_ASM) $(UAPI)/asm
	ln -sfn $(UAPI_ROOT)/asm-generic $(UAPI)/asm-generic
	ln -sfn $(UAPI_ROOT)/linux $(UAPI)/linux
	@touch $@

# <sys/syscall.h>'s SYS_* names, from the kernel's numbers for this arch.
$(GENERATED_INCLUDE)/bits/syscall.h: $(UAPI)/.stamp tools/vrt-cc/syscall-names.sh
	@mkdir -p $(@D)
	echo '#include <asm/unistd.h>' | $(CC) $(TARGET_FLAGS) -nostdinc -isystem $(UAPI) -dM -E -x c - | \
	    sh tools/vrt-cc/syscall-names.sh > $@

$(BUILD)/obj/%.cpp.o: %.cpp $(UAPI)/.stamp $(GENERATED_INCLUDE)/bits/syscall.h
	@mkdir -p $(@D)
	$(CC) $(TARGET_FLAGS) $(CPPFLAGS) $(CXXFLAGS) -MMD -MP -c $< -o $@

$(BUILD)/obj/%.S.o: %.S $(UAPI)/.stamp
	@mkdir -p $(@D)
	$(CC) $(TARGET_FLAGS) $(CPPFLAGS) $(ASFLAGS) -c $< -o $@

$(LIB): $(LIB_OBJECTS)
	@rm -f $@
	$(AR) rcs $@ $^

-include $(LIB_OBJECTS:.o=.d)

# tools/<name>/*.cpp is one program, linked on libvrt exactly like a user's program; being ours,
# it is also compiled as the library is, with no header outside libvrt, the compiler and the kernel.
.SECONDEXPANSION:
$(BUILD)/bin/%: $$(wildcard tools/%/*.cpp tools/%/*.h) $(LIB)
	@mkdir -p $(@D)
	$(CC) $(TARGET_FLAGS) $(CPPFLAGS) -Itools/$* $(PROGRAM_CXXFLAGS) -ffreestanding $(LINK.static) -nostdlib \
	    $(TOOL_LDFLAGS) $(filter %.cpp,$^) -L$(BUILD) -lvrt -o $@

# `make run`, the README's first command: build, then show what the vDSO is and what it costs.
# `make ARCH=<arch> run PROG=<static binary> [ARGS=...]` runs that program under qemu-user
# instead (tests/multiarch.mk).
run: $(if $(PROG),qemu-run,vdso-report)
vdso-report: $(BUILD)/bin/vrt-vdso
	$(BUILD)/bin/vrt-vdso info
	@echo
	$(BUILD)/bin/vrt-vdso bench --samples 21

# make install: one arch per prefix. The tree is relocatable as a whole: vrt-cc finds the rest
# from its own place, and vrt.pc from ${pcfiledir}. The kernel's UAPI headers for the arch are
# copied in (lib/vrt/uapi), so that programs see asm/, asm-generic/ and linux/ and no libc.
PREFIX ?= /usr/local
INSTALL_ROOT = $(DESTDIR)$(PREFIX)
CXX_FOR_CC = $(if $(filter clang,$(COMPILER)),$(subst clang,clang++,$(CC)),$(patsubst %gcc,%g++,$(CC)))
# The compiler flags a user's program needs on this arch, and the static-pie link options.
VRT_CC_SUBSTITUTIONS = -e 's|@ARCH@|$(ARCH)|g' -e 's|@TRIPLE@|$(TRIPLE)|g' \
    -e 's|@CC@|$(CC)|g' -e 's|@CXX@|$(CXX_FOR_CC)|g' \
    -e 's|@ARCH_FLAGS@|$(strip $(ARCH_FLAGS))|g' -e 's|@ARCH_FLAGS_GCC@|$(strip $(ARCH_FLAGS.gcc))|g' \
    -e 's|@ARCH_FLAGS_CLANG@|$(strip $(ARCH_FLAGS.clang))|g' \
    -e 's|@STATIC_PIE_GCC@|$(or $(ARCH_LINK_STATIC_PIE.gcc),-static-pie -fPIE)|g' \
    -e 's|@STATIC_PIE_CLANG@|$(or $(ARCH_LINK_STATIC_PIE.clang),-static-pie -fPIE)|g' \
    -e 's|@FREESTANDING_INCLUDE@|$(FREESTANDING_INCLUDE)|g'
# The libraries a glibc program's link line names (-lc -lm -lpthread -lrt -ldl -lutil) as empty
# archives in lib/vrt/empty-libs, which vrt-cc and vrt.pc search before the machine's folders:
# -lvrt serves what libvrt has, and a newcomer's LDLIBS=-lm no longer pulls glibc's libm.a (nor
# -lc glibc's libc.a, whose members then fail to link) into the program. musl does the same.
EMPTY_LIBRARIES := c m pthread rt dl util
install: $(LIB) $(TOOL_BINARIES) $(GENERATED_INCLUDE)/bits/syscall.h
	install -d $(INSTALL_ROOT)/lib/pkgconfig $(INSTALL_ROOT)/include $(INSTALL_ROOT)/bin
	install -m 644 $(LIB) $(INSTALL_ROOT)/lib/libvrt.a
	rm -rf $(INSTALL_ROOT)/lib/vrt/empty-libs && install -d $(INSTALL_ROOT)/lib/vrt/empty-libs
	for name in $(EMPTY_LIBRARIES); do printf '!<arch>\n' > $(INSTALL_ROOT)/lib/vrt/empty-libs/lib$$name.a; done
	cp -R include/. $(wildcard $(ARCH_DIRS:%=%/include/.)) $(GENERATED_INCLUDE)/. $(INSTALL_ROOT)/include/
	rm -rf $(INSTALL_ROOT)/lib/vrt/uapi && install -d $(INSTALL_ROOT)/lib/vrt/uapi
	cp -RL $(UAPI)/asm $(UAPI)/asm-generic $(UAPI)/linux $(INSTALL_ROOT)/lib/vrt/uapi/
	$(if $(TOOL_BINARIES),install -m 755 $(TOOL_BINARIES) $(INSTALL_ROOT)/bin/)
	sed $(VRT_CC_SUBSTITUTIONS) tools/vrt-cc/vrt-cc.in > $(INSTALL_ROOT)/bin/vrt-cc
	chmod 755 $(INSTALL_ROOT)/bin/vrt-cc
	ln -sf vrt-cc $(INSTALL_ROOT)/bin/vrt-c++
	sed $(VRT_CC_SUBSTITUTIONS) tools/vrt-cc/vrt.pc.in > $(INSTALL_ROOT)/lib/pkgconfig/vrt.pc

include tests/*.mk
-include tests/unit/*.mk
-include tests/fuzz/*.mk

clean:
	rm -rf build

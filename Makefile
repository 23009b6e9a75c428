# libvrt: a static libc-style runtime for Linux, built per architecture.
#
#   make [ARCH=<arch>] [CC=gcc|clang|<triple>-gcc]   build build/<arch>/<compiler>/libvrt.a and the tools
#   make run                                          build, then run `vrt-vdso info` and a short bench
#   make check                                        every test tier (installs Debian packages as root)
#   make install PREFIX=<dir> [ARCH=<arch>]           lib/libvrt.a, include/vrt, lib/pkgconfig/vrt.pc, bin/
#   make bench                                        benchmarks: figures, never pass/fail
#
# ARCH is one of $(ARCHES); the default is the machine's own.

.SUFFIXES:
.DELETE_ON_ERROR:
SHELL := /bin/bash

ARCHES := x86_64 i386 aarch64 arm riscv64 ppc64le s390x mips64el mipsel

machine := $(shell uname -m)
HOST_ARCH := $(or $(filter $(machine),$(ARCHES)),$(if $(filter i%86,$(machine)),i386),$(machine))
ARCH ?= $(HOST_ARCH)
ifeq ($(filter $(ARCH),$(ARCHES)),)
$(error ARCH=$(ARCH) is not one of: $(ARCHES))
endif

# GNU triples, as Debian's cross compilers and clang's --target spell them, and the multiarch
# folder where the machine's own kernel headers live.
triple.x86_64 := x86_64-linux-gnu
triple.i386 := i686-linux-gnu
triple.aarch64 := aarch64-linux-gnu
triple.arm := arm-linux-gnueabihf
triple.riscv64 := riscv64-linux-gnu
triple.ppc64le := powerpc64le-linux-gnu
triple.s390x := s390x-linux-gnu
triple.mips64el := mips64el-linux-gnuabi64
triple.mipsel := mipsel-linux-gnu
multiarch.i386 := i386-linux-gnu
TRIPLE := $(triple.$(ARCH))
MULTIARCH := $(or $(multiarch.$(ARCH)),$(TRIPLE))

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
-include arch/$(ARCH)/flags.mk
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

CPPFLAGS := -nostdinc -isystem $(FREESTANDING_INCLUDE) -isystem $(UAPI) \
            -Iinclude -Iarch/$(ARCH)/include -Iarch/$(ARCH) -I.
# <stdint.h> comes first in every file: a UAPI <asm/types.h> read before it may redefine
# __UINTPTR_TYPE__ (arm's makes uintptr_t unsigned long, the compiler says unsigned int), and a
# C++ function taking a uintptr_t would then have a different name in different files.
# -Os: startup and the libc surface are size-bound, and the hot paths (a vDSO call, a system
# call) are a few instructions around an indirect call or a trap, which -O2 does not make faster.
OPTIMIZE ?= -Os
CXXFLAGS := -std=c++20 -ffreestanding -fno-exceptions -fno-rtti -fno-builtin -include stdint.h \
            -fno-stack-protector -fPIE $(OPTIMIZE) -g -fno-asynchronous-unwind-tables -fno-unwind-tables \
            -fno-ident \
            -fno-threadsafe-statics -fvisibility=hidden -ffunction-sections -fdata-sections \
            -Wall -Wextra $(if $(filter gcc,$(COMPILER)),-fno-tree-loop-distribute-patterns)
ASFLAGS := -fPIE -g

LIB_SOURCES := $(wildcard crt/*.cpp sys/*.cpp vdso/*.cpp libc/*/*.cpp arch/$(ARCH)/*.cpp)
LIB_ASM := $(wildcard arch/$(ARCH)/*.S)
LIB_OBJECTS := $(patsubst %,$(BUILD)/obj/%.o,$(LIB_SOURCES) $(LIB_ASM))
LIB := $(BUILD)/libvrt.a

# A program of our own links exactly as a user's does (README, "Linking").
PROGRAM_CFLAGS := -O2 -g -Wall -Wextra -Iinclude -Iarch/$(ARCH)/include -isystem $(UAPI)
PROGRAM_CXXFLAGS := $(PROGRAM_CFLAGS) -std=c++20 -fno-exceptions -fno-rtti
LINK.static := -static
# arch/<arch>/flags.mk names the options for a compiler whose -static-pie does not work there
# (ARCH_LINK_STATIC_PIE.gcc, ARCH_LINK_STATIC_PIE.clang).
LINK.static-pie := $(or $(ARCH_LINK_STATIC_PIE.$(COMPILER)),-static-pie -fPIE)
LINK ?= static

TOOLS := $(notdir $(wildcard tools/*))
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

$(BUILD)/obj/%.cpp.o: %.cpp $(UAPI)/.stamp
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

PREFIX ?= /usr/local
install: $(LIB) $(TOOL_BINARIES)
	install -d $(DESTDIR)$(PREFIX)/lib/pkgconfig $(DESTDIR)$(PREFIX)/include/vrt/bits $(DESTDIR)$(PREFIX)/bin
	install -m 644 $(LIB) $(DESTDIR)$(PREFIX)/lib/libvrt.a
	install -m 644 include/vrt/*.h $(DESTDIR)$(PREFIX)/include/vrt/
	install -m 644 include/vrt/bits/*.h $(DESTDIR)$(PREFIX)/include/vrt/bits/
	install -m 644 arch/$(ARCH)/include/vrt/bits/*.h $(DESTDIR)$(PREFIX)/include/vrt/bits/
	$(if $(TOOL_BINARIES),install -m 755 $(TOOL_BINARIES) $(DESTDIR)$(PREFIX)/bin/)
	sed -e 's|@PREFIX@|$(PREFIX)|' -e 's|@ARCH@|$(ARCH)|' tests/vrt.pc.in > $(DESTDIR)$(PREFIX)/lib/pkgconfig/vrt.pc

include tests/*.mk
-include tests/unit/*.mk
-include tests/fuzz/*.mk

clean:
	rm -rf build

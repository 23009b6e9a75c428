# make bench-hello (part of make bench): a stripped static hello world (tests/bench/hello.c) on
# libvrt, with the default link line and with the linker options that shrink a small static
# program, against glibc's and musl's static builds of the same source and the bare minimum in
# asm (tests/bench/hello_asm.<arch>.S): file size, instructions and exec-to-exit time, on the
# host (tests/bench/hello-bench.sh). Then the same for a puts("hello, world") program
# (tests/bench/hello_puts.c: stdout's buffer and its flush at exit), built as a user builds it
# with vrt-cc at its default link (installed into build/bench/vrt-cc-install), and by hand as
# tests/bench-stdio.mk builds it. Figures, never pass/fail; the tables go to build/bench/hello.md
# and build/bench/hello-puts.md.
BENCH_HELLO := build/bench/hello
HELLO_RUNS ?= 3000
# -n (no page alignment) leaves the program headers outside every PT_LOAD, so the kernel passes
# AT_PHDR 0; the same program is measured without it too.
HELLO_SMALL_LINK := -Os -Wl,--gc-sections -Wl,-z,noseparate-code -Wl,-z,norelro -Wl,--build-id=none
HELLO_SMALLEST_LINK := $(HELLO_SMALL_LINK) -Wl,-n
.PHONY: bench-hello
bench: bench-hello

$(BENCH_HELLO)/libvrt: tests/bench/hello.c $(LIB)
	@mkdir -p $(@D)
	$(CC) $(TARGET_FLAGS) -O2 $(LINK.static) -nostdlib -s $< -L$(BUILD) -lvrt -o $@
$(BENCH_HELLO)/libvrt-small: tests/bench/hello.c $(LIB)
	@mkdir -p $(@D)
	$(CC) $(TARGET_FLAGS) -O2 $(LINK.static) -nostdlib -s $(HELLO_SMALL_LINK) $< -L$(BUILD) -lvrt -o $@
$(BENCH_HELLO)/libvrt-smallest: tests/bench/hello.c $(LIB)
	@mkdir -p $(@D)
	$(CC) $(TARGET_FLAGS) -O2 $(LINK.static) -nostdlib -s $(HELLO_SMALLEST_LINK) $< -L$(BUILD) -lvrt -o $@
$(BENCH_HELLO)/glibc: tests/bench/hello.c
	@mkdir -p $(@D)
	gcc -O2 -static -s $< -o $@
$(BENCH_HELLO)/musl: tests/bench/hello.c
	@mkdir -p $(@D)
	musl-gcc -O2 -static -s $< -o $@
$(BENCH_HELLO)/asm: tests/bench/hello_asm.$(HOST_ARCH).S
	@mkdir -p $(@D)
	gcc -static -nostdlib -s $(HELLO_SMALL_LINK) $< -o $@
BENCH_VRT_CC_PREFIX := $(CURDIR)/build/bench/vrt-cc-install
$(BENCH_VRT_CC_PREFIX)/bin/vrt-cc: $(LIB) tools/vrt-cc/vrt-cc.in
	@$(MAKE) -s --no-print-directory install PREFIX=$(BENCH_VRT_CC_PREFIX) > /dev/null
$(BENCH_HELLO)/hello_puts-vrt-cc: tests/bench/hello_puts.c $(BENCH_VRT_CC_PREFIX)/bin/vrt-cc
	@mkdir -p $(@D)
	$(BENCH_VRT_CC_PREFIX)/bin/vrt-cc -O2 $< -o $@
	strip $@
$(BENCH_HELLO)/exec_timer: tests/bench/exec_timer.c
	@mkdir -p $(@D)
	gcc -O2 -Wall -Wextra $< -o $@

bench-hello: $(addprefix $(BENCH_HELLO)/,libvrt libvrt-small libvrt-smallest glibc musl asm exec_timer \
                 hello_puts-vrt-cc) \
             $(addprefix $(BENCH_STDIO)/,hello_puts-libvrt hello_puts-libvrt-small hello_puts-glibc hello_puts-musl)
	@test "$(ARCH)" = "$(HOST_ARCH)" || { echo "bench-hello runs on the host's own arch ($(HOST_ARCH))" >&2; exit 1; }
	@bash tests/bench/hello-bench.sh build/bench/hello.md $(HELLO_RUNS) $(BENCH_HELLO)/exec_timer \
	    "libvrt ($(COMPILER), default link)=$(BENCH_HELLO)/libvrt" \
	    "libvrt ($(COMPILER), $(HELLO_SMALL_LINK))=$(BENCH_HELLO)/libvrt-small" \
	    "libvrt ($(COMPILER), $(HELLO_SMALLEST_LINK))=$(BENCH_HELLO)/libvrt-smallest" \
	    "glibc $$(dpkg-query -W -f '$${Version}' libc6 2>/dev/null) static=$(BENCH_HELLO)/glibc" \
	    "musl $$(dpkg-query -W -f '$${Version}' musl 2>/dev/null) static=$(BENCH_HELLO)/musl" \
	    "asm: write + exit_group ($(HELLO_SMALL_LINK))=$(BENCH_HELLO)/asm"
	@echo
	@bash tests/bench/hello-bench.sh build/bench/hello-puts.md $(HELLO_RUNS) $(BENCH_HELLO)/exec_timer \
	    "libvrt ($(COMPILER), vrt-cc -O2, its default link)=$(BENCH_HELLO)/hello_puts-vrt-cc" \
	    "libvrt ($(COMPILER), -static -nostdlib by hand, no --gc-sections)=$(BENCH_STDIO)/hello_puts-libvrt" \
	    "libvrt ($(COMPILER), $(HELLO_SMALL_LINK))=$(BENCH_STDIO)/hello_puts-libvrt-small" \
	    "glibc $$(dpkg-query -W -f '$${Version}' libc6 2>/dev/null) static=$(BENCH_STDIO)/hello_puts-glibc" \
	    "musl $$(dpkg-query -W -f '$${Version}' musl 2>/dev/null) static=$(BENCH_STDIO)/hello_puts-musl"

# make bench-stdio (part of make bench): buffered stdio against glibc's and musl's static builds
# of the same source: tests/bench/stdio_lines.c measures printf and fputs throughput (10^6 short
# lines into /dev/null and into a pipe: tests/bench/stdio-bench.sh). Figures, never pass/fail;
# the table goes to build/bench/stdio.md. (The rules below also build tests/bench/hello_puts.c,
# which make bench-hello measures: tests/bench.mk.)
BENCH_STDIO := build/bench/stdio
# (tests/bench.mk, read after this file, builds build/bench/hello/exec_timer.)
STDIO_ROUNDS ?= 5
.PHONY: bench-stdio
bench: bench-stdio

$(BENCH_STDIO)/%-libvrt: tests/bench/%.c $(LIB)
	@mkdir -p $(@D)
	$(CC) $(TARGET_FLAGS) -O2 -Iinclude -isystem $(UAPI) $(LINK.static) -nostdlib -s $< -L$(BUILD) -lvrt -o $@
$(BENCH_STDIO)/%-libvrt-small: tests/bench/%.c $(LIB)
	@mkdir -p $(@D)
	$(CC) $(TARGET_FLAGS) -O2 -Iinclude -isystem $(UAPI) $(LINK.static) -nostdlib -s $(HELLO_SMALL_LINK) $< \
	    -L$(BUILD) -lvrt -o $@
$(BENCH_STDIO)/%-glibc: tests/bench/%.c
	@mkdir -p $(@D)
	gcc -O2 -static -s $< -o $@
$(BENCH_STDIO)/%-musl: tests/bench/%.c
	@mkdir -p $(@D)
	musl-gcc -O2 -static -s $< -o $@

bench-stdio: $(addprefix $(BENCH_STDIO)/,stdio_lines-libvrt stdio_lines-glibc stdio_lines-musl)
	@test "$(ARCH)" = "$(HOST_ARCH)" || { echo "bench-stdio runs on the host's own arch ($(HOST_ARCH))" >&2; exit 1; }
	@bash tests/bench/stdio-bench.sh build/bench/stdio.md $(STDIO_ROUNDS) \
	    "libvrt ($(COMPILER))=$(BENCH_STDIO)/stdio_lines-libvrt" \
	    "glibc $$(dpkg-query -W -f '$${Version}' libc6 2>/dev/null) static=$(BENCH_STDIO)/stdio_lines-glibc" \
	    "musl $$(dpkg-query -W -f '$${Version}' musl 2>/dev/null) static=$(BENCH_STDIO)/stdio_lines-musl"

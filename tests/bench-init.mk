# make bench-init (part of make bench): tools/vrt-init against tini-static (Debian package tini),
# on the host: stripped size and the latency of running a trivial child through each
# (tests/bench/init-bench.sh). Figures, never pass/fail.
BENCH_INIT := build/bench/init
TINI_STATIC := /usr/bin/tini-static
.PHONY: bench-init
bench: bench-init

$(BENCH_INIT)/%: tests/bench/%.c $(LIB)
	@mkdir -p $(@D)
	$(CC) $(TARGET_FLAGS) $(PROGRAM_CFLAGS) $(LINK.static) -nostdlib $< -L$(BUILD) -lvrt -o $@

bench-init: $(BENCH_INIT)/spawn_latency $(BENCH_INIT)/exit_zero $(BUILD)/bin/vrt-init
	@test -x $(TINI_STATIC) || { echo "bench-init needs $(TINI_STATIC): apt-get install tini" >&2; exit 1; }
	tests/bench/init-bench.sh $(BENCH_INIT)/spawn_latency $(BENCH_INIT)/exit_zero build/bench/init.md \
	    "vrt-init ($(ARCH), $(COMPILER))=$(BUILD)/bin/vrt-init" \
	    "tini-static $$(dpkg-query -W -f '$${Version}' tini 2>/dev/null)=$(TINI_STATIC)"

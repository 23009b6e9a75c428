# make bench-init (part of make bench): tools/vrt-init against tini-static (Debian package tini),
# and tini itself built from Debian's source with vrt-cc (libvrt) and with musl-gcc, on the host:
# stripped size and the latency of running a trivial child through each
# (tests/bench/init-bench.sh). Figures, never pass/fail.
BENCH_INIT := build/bench/init
TINI_STATIC := /usr/bin/tini-static
.PHONY: bench-init
bench: bench-init

$(BENCH_INIT)/%: tests/bench/%.c $(LIB)
	@mkdir -p $(@D)
	$(CC) $(TARGET_FLAGS) $(PROGRAM_CFLAGS) $(LINK.static) -nostdlib $< -L$(BUILD) -lvrt -o $@

# tini's own CMake build, unchanged (tests/clients/build-tini.sh), with libvrt's driver from an
# install into the build folder, and with musl's (tini's own -static target).
BENCH_PREFIX := $(abspath $(BUILD)/install)
$(BENCH_INIT)/tini-libvrt/tini: $(LIB)
	$(MAKE) --no-print-directory install PREFIX=$(BENCH_PREFIX) > /dev/null
	tests/clients/build-tini.sh $(BENCH_PREFIX)/bin/vrt-cc $(@D) tini
$(BENCH_INIT)/tini-musl/tini-static:
	tests/clients/build-tini.sh musl-gcc $(@D) tini-static

bench-init: $(BENCH_INIT)/spawn_latency $(BENCH_INIT)/exit_zero $(BUILD)/bin/vrt-init \
            $(BENCH_INIT)/tini-libvrt/tini $(BENCH_INIT)/tini-musl/tini-static
	@test -x $(TINI_STATIC) || { echo "bench-init needs $(TINI_STATIC): apt-get install tini" >&2; exit 1; }
	tests/bench/init-bench.sh $(BENCH_INIT)/spawn_latency $(BENCH_INIT)/exit_zero build/bench/init.md \
	    "vrt-init ($(ARCH), $(COMPILER))=$(BUILD)/bin/vrt-init" \
	    "tini-static $$(dpkg-query -W -f '$${Version}' tini 2>/dev/null) (glibc)=$(TINI_STATIC)" \
	    "tini $$(cat $$(tests/clients/fetch-sources.sh tini)/.version | sed 's/^tini_//') on libvrt (vrt-cc)=$(BENCH_INIT)/tini-libvrt/tini" \
	    "tini $$(cat $$(tests/clients/fetch-sources.sh tini)/.version | sed 's/^tini_//') on musl $$(dpkg-query -W -f '$${Version}' musl 2>/dev/null) (musl-gcc -static)=$(BENCH_INIT)/tini-musl/tini-static"

# make bench-time (part of make bench): libvrt's time functions against the raw vDSO pointer,
# glibc static and musl static, on the host, in one run. Figures, never pass/fail.
BENCH_TIME := build/bench/time
.PHONY: bench-time
bench: bench-time

$(BENCH_TIME)/libvrt: tests/bench/time_calls.c $(LIB)
	@mkdir -p $(@D)
	$(CC) $(TARGET_FLAGS) $(PROGRAM_CFLAGS) -DUSE_VRT -static -nostdlib $< -L$(BUILD) -lvrt -o $@
$(BENCH_TIME)/glibc: tests/bench/time_calls.c
	@mkdir -p $(@D)
	gcc -O2 -static $< -o $@
$(BENCH_TIME)/musl: tests/bench/time_calls.c
	@mkdir -p $(@D)
	musl-gcc -O2 -static $< -o $@

bench-time: $(BENCH_TIME)/libvrt $(BENCH_TIME)/glibc $(BENCH_TIME)/musl
	tests/bench/time-bench.sh $^ build/bench/time.md

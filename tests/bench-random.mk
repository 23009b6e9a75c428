# make bench-random (part of make bench): getrandom on libvrt against the vDSO's own function
# called through a pointer (the floor) and the raw system call, in one run, and against glibc
# static and musl static; on the host. Figures, never pass/fail; the table goes to
# build/bench/random.md.
BENCH_RANDOM := build/bench/random
.PHONY: bench-random
bench: bench-random

$(BENCH_RANDOM)/libvrt: tests/bench/random_calls.c $(LIB)
	@mkdir -p $(@D)
	$(CC) $(TARGET_FLAGS) $(PROGRAM_CFLAGS) -DUSE_VRT -static -nostdlib $< -L$(BUILD) -lvrt -o $@
$(BENCH_RANDOM)/glibc: tests/bench/random_calls.c
	@mkdir -p $(@D)
	gcc -O2 -static $< -o $@
$(BENCH_RANDOM)/musl: tests/bench/random_calls.c
	@mkdir -p $(@D)
	musl-gcc -O2 -static $< -o $@

bench-random: $(BENCH_RANDOM)/libvrt $(BENCH_RANDOM)/glibc $(BENCH_RANDOM)/musl
	tests/bench/random-bench.sh $^ build/bench/random.md

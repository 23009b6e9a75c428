# Fuzzing the vDSO reader with libFuzzer (clang's -fsanitize=fuzzer; Debian: libclang-rt-14-dev).
#
#   make fuzz-check                  a bounded run (FUZZ_CHECK_SECONDS, 20) from the seeds; fails on
#                                    any crash, sanitizer report or hang
#   make fuzz [FUZZ_SECONDS=600]     a longer run
#
# The seeds are the images tests/unit/vdso.mk links and a dump of this machine's vDSO. New inputs
# go to $(FUZZ_DIR)/corpus, which later runs start from; crashing inputs to $(FUZZ_DIR)/artifacts.

FUZZ_DIR := $(HOST_BUILD)/fuzz
FUZZ_CXX ?= clang++
# make check's run takes one of the two cores of the machines it runs on while the other tiers
# run: 20 s of it (some hundred thousand inputs) is a regression check; `make fuzz` explores.
FUZZ_CHECK_SECONDS ?= 20
FUZZ_SECONDS ?= 600
FUZZ_CXXFLAGS := -std=c++20 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
                 -Wall -Wextra -iquote .
VDSO_FUZZER := $(FUZZ_DIR)/vdso_image_fuzz
VDSO_FUZZ_SEEDS := $(FUZZ_DIR)/seeds
# -timeout: one input taking 10 s is a hang (the reader bounds every walk).
VDSO_FUZZ_RUN = $(VDSO_FUZZER) -timeout=10 -max_len=16384 -dict=tests/fuzz/vdso_image.dict \
                -artifact_prefix=$(FUZZ_DIR)/artifacts/ -print_final_stats=1 \
                $(FUZZ_DIR)/corpus $(VDSO_FUZZ_SEEDS)

$(VDSO_FUZZER): tests/fuzz/vdso_image_fuzz.cpp $(VDSO_READER_SOURCES) vdso/elf.h vdso/image.h \
                vdso/reader.h sys/c_strings.h
	@mkdir -p $(@D)
	$(FUZZ_CXX) $(FUZZ_CXXFLAGS) tests/fuzz/vdso_image_fuzz.cpp $(VDSO_READER_SOURCES) -o $@

$(VDSO_FUZZ_SEEDS)/.stamp: $(VDSO_IMAGES) $(VDSO_IMAGES_DIR)/host-vdso.so
	@mkdir -p $(@D)
	cp $^ $(@D)/
	@touch $@

.PHONY: fuzz-check fuzz
fuzz-check: $(VDSO_FUZZER) $(VDSO_FUZZ_SEEDS)/.stamp
	@mkdir -p $(FUZZ_DIR)/corpus $(FUZZ_DIR)/artifacts
	$(VDSO_FUZZ_RUN) -max_total_time=$(FUZZ_CHECK_SECONDS)

fuzz: $(VDSO_FUZZER) $(VDSO_FUZZ_SEEDS)/.stamp
	@mkdir -p $(FUZZ_DIR)/corpus $(FUZZ_DIR)/artifacts
	$(VDSO_FUZZ_RUN) -max_total_time=$(FUZZ_SECONDS)

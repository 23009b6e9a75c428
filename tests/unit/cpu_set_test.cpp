// libvrt's CPU_* macros (include/sched.h) against glibc's on the same random operations, over
// set sizes from one unsigned long to 256 bytes and CPUs inside and past each set: the same
// bytes after every change, the same answers to every question.
#include <doctest/doctest.h>

#include <cstring>
#include <random>
#include <vector>

#include "tests/unit/cpu_set_operations.h"

namespace {

struct Pair {
    std::vector<unsigned char> ours, glibc;
    explicit Pair(size_t size, unsigned char fill) : ours(size, fill), glibc(size, fill) {}
    bool same() const { return ours == glibc; }
};

}  // namespace

TEST_CASE("cpu_set: the layout and sizes are glibc's") {
    CHECK(ours_cpu_set.fixed_size == glibc_cpu_set.fixed_size);
    CHECK(ours_cpu_set.setsize_max == glibc_cpu_set.setsize_max);
    for (size_t count = 0; count < 5000; ++count) {
        CAPTURE(count);
        REQUIRE(ours_cpu_set.alloc_size(count) == glibc_cpu_set.alloc_size(count));
    }
}

TEST_CASE("cpu_set: random operations give glibc's bytes and answers") {
    std::mt19937_64 random(12);
    const size_t sizes[] = {sizeof(long), 2 * sizeof(long), 64, 128, 136, 256};
    for (size_t setsize : sizes) {
        CAPTURE(setsize);
        const size_t cpus = setsize * 8;
        Pair a(setsize, 0xa5), b(setsize, 0x5a), to(setsize, 0);
        ours_cpu_set.zero(setsize, a.ours.data());
        glibc_cpu_set.zero(setsize, a.glibc.data());
        REQUIRE(a.same());
        int most_cpus = 0;
        for (int step = 0; step < 4000; ++step) {
            CAPTURE(step);
            // CPUs up to twice the set's size: those past it must be ignored alike.
            const size_t cpu = random() % (2 * cpus + 1);
            Pair &target = random() % 2 ? a : b;
            switch (random() % 6) {
            case 0:
                ours_cpu_set.set(cpu, setsize, target.ours.data());
                glibc_cpu_set.set(cpu, setsize, target.glibc.data());
                break;
            case 1:
                ours_cpu_set.clear(cpu, setsize, target.ours.data());
                glibc_cpu_set.clear(cpu, setsize, target.glibc.data());
                break;
            case 2:
                ours_cpu_set.and_(setsize, to.ours.data(), a.ours.data(), b.ours.data());
                glibc_cpu_set.and_(setsize, to.glibc.data(), a.glibc.data(), b.glibc.data());
                break;
            case 3:
                ours_cpu_set.or_(setsize, to.ours.data(), a.ours.data(), b.ours.data());
                glibc_cpu_set.or_(setsize, to.glibc.data(), a.glibc.data(), b.glibc.data());
                break;
            case 4:
                ours_cpu_set.xor_(setsize, to.ours.data(), a.ours.data(), b.ours.data());
                glibc_cpu_set.xor_(setsize, to.glibc.data(), a.glibc.data(), b.glibc.data());
                break;
            case 5:
                if (random() % 8 == 0) {
                    ours_cpu_set.zero(setsize, target.ours.data());
                    glibc_cpu_set.zero(setsize, target.glibc.data());
                }
                break;
            }
            REQUIRE(a.same());
            REQUIRE(b.same());
            REQUIRE(to.same());
            REQUIRE(ours_cpu_set.is_set(cpu, setsize, a.ours.data()) == glibc_cpu_set.is_set(cpu, setsize, a.glibc.data()));
            const int in_b = ours_cpu_set.count(setsize, b.ours.data());
            REQUIRE(in_b == glibc_cpu_set.count(setsize, b.glibc.data()));
            if (in_b > most_cpus) most_cpus = in_b;
            REQUIRE(ours_cpu_set.equal(setsize, a.ours.data(), to.ours.data()) ==
                    glibc_cpu_set.equal(setsize, a.glibc.data(), to.glibc.data()));
        }
        // The sets must have filled up for the comparisons to mean something.
        CHECK(most_cpus > static_cast<int>(cpus / 8));
        std::memcpy(to.ours.data(), a.ours.data(), setsize);
        CHECK(ours_cpu_set.equal(setsize, a.ours.data(), to.ours.data()) == 1);
    }
}

// vrt::read_initial_stack, find_aux and find_env on crafted initial stacks: no arguments, an
// empty environment, entries that are absent or repeated, and names that are prefixes of others.
#include "crt/initial_stack.h"

#include <doctest/doctest.h>

#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <vector>

namespace {

constexpr uintptr_t at_null = 0, at_phdr = 3, at_pagesz = 6, at_entry = 9, at_random = 25;

// The words the kernel puts at the initial stack pointer (crt/initial_stack.h).
struct CraftedStack {
    std::vector<uintptr_t> words;

    CraftedStack(std::initializer_list<const char *> argv, std::initializer_list<const char *> envp,
                 std::initializer_list<vrt::AuxEntry> auxv) {
        words.push_back(argv.size());
        for (const char *a : argv) words.push_back(reinterpret_cast<uintptr_t>(a));
        words.push_back(0);
        for (const char *e : envp) words.push_back(reinterpret_cast<uintptr_t>(e));
        words.push_back(0);
        for (const vrt::AuxEntry &a : auxv) {
            words.push_back(a.type);
            words.push_back(a.value);
        }
        words.push_back(at_null);
        words.push_back(0);
    }
    uintptr_t *sp() { return words.data(); }
};

}  // namespace

TEST_CASE("read_initial_stack finds argc, argv, envp and auxv") {
    CraftedStack stack({"prog", "one", "two"}, {"A=1", "B=2"}, {{at_pagesz, 4096}, {at_random, 0x1234}});
    vrt::InitialStack s = vrt::read_initial_stack(stack.sp());
    CHECK(s.argc == 3);
    CHECK(s.argv == reinterpret_cast<char **>(stack.sp() + 1));
    CHECK(std::strcmp(s.argv[0], "prog") == 0);
    CHECK(std::strcmp(s.argv[2], "two") == 0);
    CHECK(s.argv[3] == nullptr);
    CHECK(s.envp == reinterpret_cast<char **>(stack.sp() + 5));
    CHECK(std::strcmp(s.envp[1], "B=2") == 0);
    CHECK(s.envp[2] == nullptr);
    CHECK(reinterpret_cast<const uintptr_t *>(s.auxv) == stack.sp() + 8);
    CHECK(s.auxv[0].type == at_pagesz);
    CHECK(s.auxv[1].value == 0x1234);
    CHECK(s.auxv[2].type == at_null);
}

TEST_CASE("read_initial_stack with argc 0: argv is just its NULL") {
    CraftedStack stack({}, {"A=1"}, {{at_pagesz, 4096}});
    vrt::InitialStack s = vrt::read_initial_stack(stack.sp());
    CHECK(s.argc == 0);
    CHECK(s.argv[0] == nullptr);
    CHECK(s.envp == reinterpret_cast<char **>(stack.sp() + 2));
    CHECK(std::strcmp(s.envp[0], "A=1") == 0);
    CHECK(s.auxv[0].type == at_pagesz);
}

TEST_CASE("read_initial_stack with no arguments and an empty environment") {
    CraftedStack stack({}, {}, {{at_entry, 0x401000}});
    vrt::InitialStack s = vrt::read_initial_stack(stack.sp());
    CHECK(s.argc == 0);
    CHECK(s.envp == reinterpret_cast<char **>(stack.sp() + 2));
    CHECK(s.envp[0] == nullptr);
    CHECK(reinterpret_cast<const uintptr_t *>(s.auxv) == stack.sp() + 3);
    CHECK(s.auxv[0].value == 0x401000);
}

TEST_CASE("find_aux returns the value of a present type and leaves the output alone otherwise") {
    CraftedStack stack({"p"}, {}, {{at_phdr, 0x400040}, {at_pagesz, 65536}});
    vrt::InitialStack s = vrt::read_initial_stack(stack.sp());
    uintptr_t value = 77;
    CHECK(vrt::find_aux(s.auxv, at_pagesz, &value));
    CHECK(value == 65536);
    value = 77;
    CHECK_FALSE(vrt::find_aux(s.auxv, at_random, &value));
    CHECK(value == 77);
}

TEST_CASE("find_aux takes the first of repeated entries") {
    CraftedStack stack({"p"}, {}, {{at_pagesz, 4096}, {at_pagesz, 8192}});
    uintptr_t value = 0;
    CHECK(vrt::find_aux(vrt::read_initial_stack(stack.sp()).auxv, at_pagesz, &value));
    CHECK(value == 4096);
}

TEST_CASE("find_aux stops at AT_NULL and does not look for AT_NULL itself") {
    const vrt::AuxEntry auxv[] = {{at_pagesz, 4096}, {at_null, 0}, {at_random, 0x99}};
    uintptr_t value = 5;
    CHECK_FALSE(vrt::find_aux(auxv, at_random, &value));
    CHECK_FALSE(vrt::find_aux(auxv, at_null, &value));
    CHECK(value == 5);
}

TEST_CASE("find_aux on an empty or missing vector finds nothing") {
    const vrt::AuxEntry empty[] = {{at_null, 0}};
    uintptr_t value = 5;
    CHECK_FALSE(vrt::find_aux(empty, at_pagesz, &value));
    CHECK_FALSE(vrt::find_aux(nullptr, at_pagesz, &value));
    CHECK(value == 5);
}

namespace {

char *lookup(std::initializer_list<const char *> environment, const char *name) {
    static std::vector<char *> envp;
    envp.clear();
    for (const char *e : environment) envp.push_back(const_cast<char *>(e));
    envp.push_back(nullptr);
    return vrt::find_env(envp.data(), name);
}

bool finds(std::initializer_list<const char *> environment, const char *name, const char *value) {
    const char *found = lookup(environment, name);
    return found && std::strcmp(found, value) == 0;
}

}  // namespace

TEST_CASE("find_env matches whole names only") {
    CHECK(finds({"AB=1", "A=2"}, "A", "2"));
    CHECK(lookup({"AB="}, "A") == nullptr);
    CHECK(lookup({"A=1"}, "AB") == nullptr);
    CHECK(finds({"A=1", "AB=2"}, "AB", "2"));
}

TEST_CASE("find_env returns what follows the first '='") {
    CHECK(finds({"E="}, "E", ""));
    CHECK(finds({"X=a=b"}, "X", "a=b"));
}

TEST_CASE("find_env takes the first of repeated names") { CHECK(finds({"D=1", "D=2"}, "D", "1")); }

TEST_CASE("find_env skips entries without '='") {
    CHECK(lookup({"A"}, "A") == nullptr);
    CHECK(finds({"A", "A=1"}, "A", "1"));
}

TEST_CASE("find_env of an empty name finds nothing, not even an entry \"=x\"") {
    CHECK(lookup({"=x"}, "") == nullptr);
    CHECK(lookup({"=x"}, "x") == nullptr);
}

// A name is what comes before the first '=' of an entry, so a name holding '=' names no
// variable (POSIX, Base Definitions 8.1; musl's getenv returns NULL for it, glibc's does not).
TEST_CASE("find_env of a name containing '=' finds nothing") {
    CHECK(lookup({"A=B=C"}, "A=B") == nullptr);
    CHECK(lookup({"=x=1"}, "=x") == nullptr);
}

TEST_CASE("find_env with no environment or no name finds nothing") {
    CHECK(vrt::find_env(nullptr, "A") == nullptr);
    CHECK(lookup({"A=1"}, nullptr) == nullptr);
    CHECK(lookup({}, "A") == nullptr);
}

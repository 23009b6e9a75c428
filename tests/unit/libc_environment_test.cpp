// setenv and unsetenv (libc/stdlib/environment.cpp) on explicit environments: what a reader of
// the array sees afterwards, the errors, and that strings and arrays the functions did not
// make are never freed (ASan, which this binary runs under, reports a bad free) nor changed.
#include "libc/stdlib/environment.h"

#include <doctest/doctest.h>

#include <cerrno>
#include <cstdlib>
#include <map>
#include <random>
#include <string>
#include <vector>

namespace {

std::vector<std::string> entries_of(const vrt::Environment &environment) {
    std::vector<std::string> entries;
    for (char **e = environment.entries; e && *e; ++e) entries.push_back(*e);
    return entries;
}

// What a process never frees (its environment lives until exit), freed here for LeakSanitizer.
struct ScopedEnvironment : vrt::Environment {
    ~ScopedEnvironment() {
        for (size_t i = 0; i < owned_count; ++i) free(owned_strings[i]);
        free(owned_strings);
        free(owned_array);
    }
};

}  // namespace

TEST_CASE("setenv, unsetenv: bad names give EINVAL and change nothing") {
    char a[] = "A=1";
    char *initial[] = {a, nullptr};
    ScopedEnvironment environment;
    environment.entries = initial;
    for (const char *name : {static_cast<const char *>(nullptr), "", "A=", "=", "B=2"}) {
        CHECK(vrt::set_environment_variable(environment, name, "x", true) == -EINVAL);
        CHECK(vrt::unset_environment_variable(environment, name) == -EINVAL);
    }
    CHECK(vrt::set_environment_variable(environment, "A", nullptr, true) == -EINVAL);
    CHECK(environment.entries == initial);
    CHECK(entries_of(environment) == std::vector<std::string>{"A=1"});
}

TEST_CASE("setenv: overwrite or not, adding copies the initial array, whose strings stay") {
    char a[] = "A=1", b[] = "B=2";
    char *initial[] = {a, b, nullptr};
    ScopedEnvironment environment;
    environment.entries = initial;
    CHECK(vrt::set_environment_variable(environment, "A", "one", false) == 0);
    CHECK(entries_of(environment) == std::vector<std::string>{"A=1", "B=2"});
    CHECK(vrt::set_environment_variable(environment, "A", "one", true) == 0);
    CHECK(environment.entries == initial);  // replaced in place: no new array needed
    CHECK(entries_of(environment) == std::vector<std::string>{"A=one", "B=2"});
    CHECK(vrt::set_environment_variable(environment, "C", "", true) == 0);
    CHECK(environment.entries != initial);
    CHECK(entries_of(environment) == std::vector<std::string>{"A=one", "B=2", "C="});
    CHECK(vrt::set_environment_variable(environment, "A", "two", true) == 0);  // frees "A=one"
    CHECK(vrt::unset_environment_variable(environment, "B") == 0);
    CHECK(entries_of(environment) == std::vector<std::string>{"A=two", "C="});
    CHECK(std::string(a) == "A=1");
    CHECK(std::string(b) == "B=2");
    CHECK(vrt::unset_environment_variable(environment, "A") == 0);
    CHECK(vrt::unset_environment_variable(environment, "C") == 0);
    CHECK(entries_of(environment).empty());
}

TEST_CASE("unsetenv: removes every entry of the name, in place; an empty environment works") {
    char a1[] = "A=1", b[] = "B=2", a2[] = "A=3", ab[] = "AB=4";
    char *initial[] = {a1, b, a2, ab, nullptr};
    ScopedEnvironment environment;
    environment.entries = initial;
    CHECK(vrt::unset_environment_variable(environment, "A") == 0);
    CHECK(environment.entries == initial);
    CHECK(entries_of(environment) == std::vector<std::string>{"B=2", "AB=4"});
    ScopedEnvironment empty;
    CHECK(vrt::unset_environment_variable(empty, "A") == 0);
    CHECK(vrt::set_environment_variable(empty, "A", "1", true) == 0);
    CHECK(entries_of(empty) == std::vector<std::string>{"A=1"});
    CHECK(vrt::unset_environment_variable(empty, "A") == 0);
}

TEST_CASE("setenv, unsetenv: random operations read back as a map says") {
    std::mt19937 random(11);
    char initial_entry[] = "K0=initial";
    char *initial[] = {initial_entry, nullptr};
    ScopedEnvironment environment;
    environment.entries = initial;
    std::map<std::string, std::string> expected = {{"K0", "initial"}};
    for (int round = 0; round < 5000; ++round) {
        std::string name = "K" + std::to_string(random() % 20);
        std::string value = std::to_string(random());
        if (random() % 3 == 0) {
            REQUIRE(vrt::unset_environment_variable(environment, name.c_str()) == 0);
            expected.erase(name);
        } else {
            bool overwrite = random() % 2;
            REQUIRE(vrt::set_environment_variable(environment, name.c_str(), value.c_str(), overwrite) == 0);
            if (overwrite || !expected.count(name)) expected[name] = value;
        }
        std::map<std::string, std::string> actual;
        for (const std::string &entry : entries_of(environment)) {
            size_t equals = entry.find('=');
            REQUIRE(actual.count(entry.substr(0, equals)) == 0);
            actual[entry.substr(0, equals)] = entry.substr(equals + 1);
        }
        REQUIRE(actual == expected);
    }
    CHECK(std::string(initial_entry) == "K0=initial");
}

// basename and dirname (libc/libgen/path_parts.h) against glibc's <libgen.h> versions on every
// path of up to 6 bytes over '/', 'a' and '.': the same result and the same bytes left in the
// path.
#include "libc/libgen/path_parts.h"

#include <doctest/doctest.h>

#include <libgen.h>
#include <string>
#include <vector>

namespace {

void check_same_as_glibc(const std::string &path) {
    std::string ours = path + '\0', theirs = path + '\0';
    INFO("path \"", path, "\"");
    CHECK(std::string(vrt::path_base_name(ours.data())) == basename(theirs.data()));
    CHECK(ours == theirs);
    ours = theirs = path + '\0';
    CHECK(std::string(vrt::path_directory(ours.data())) == dirname(theirs.data()));
    CHECK(ours == theirs);
}

}  // namespace

TEST_CASE("basename, dirname: every short path as glibc's") {
    std::string alphabet = "/a.";
    std::vector<std::string> paths = {""};
    for (size_t length = 1, first = 0; length <= 6; ++length) {
        size_t last = paths.size();
        for (size_t i = first; i < last; ++i)
            for (char c : alphabet) paths.push_back(paths[i] + c);
        first = last;
    }
    for (const std::string &path : paths) check_same_as_glibc(path);
}

TEST_CASE("basename, dirname: NULL gives \".\"") {
    CHECK(std::string(vrt::path_base_name(nullptr)) == ".");
    CHECK(std::string(vrt::path_directory(nullptr)) == ".");
}

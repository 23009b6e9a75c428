// The C-locale classes of libc/ctype/character_class.h against glibc's <ctype.h> (the unit
// tests run in the C locale: nothing calls setlocale) for EOF, every byte, and negative chars.
#include "libc/ctype/character_class.h"

#include <doctest/doctest.h>

#include <cctype>
#include <clocale>
#include <cstdio>
#include <string>

TEST_CASE("ctype: every class and both conversions equal glibc's in the C locale") {
    REQUIRE(std::setlocale(LC_CTYPE, nullptr) == std::string("C"));
    for (int c = -128; c <= 255; ++c) {
        INFO("c = ", c);
        CHECK(vrt::is_alnum(c) == (isalnum(c) != 0));
        CHECK(vrt::is_alpha(c) == (isalpha(c) != 0));
        CHECK(vrt::is_ascii(c) == (isascii(c) != 0));
        CHECK(vrt::is_blank(c) == (isblank(c) != 0));
        CHECK(vrt::is_cntrl(c) == (iscntrl(c) != 0));
        CHECK(vrt::is_digit(c) == (isdigit(c) != 0));
        CHECK(vrt::is_graph(c) == (isgraph(c) != 0));
        CHECK(vrt::is_lower(c) == (islower(c) != 0));
        CHECK(vrt::is_print(c) == (isprint(c) != 0));
        CHECK(vrt::is_punct(c) == (ispunct(c) != 0));
        CHECK(vrt::is_space(c) == (isspace(c) != 0));
        CHECK(vrt::is_upper(c) == (isupper(c) != 0));
        CHECK(vrt::is_xdigit(c) == (isxdigit(c) != 0));
        CHECK(vrt::to_lower(c) == tolower(c));
        CHECK(vrt::to_upper(c) == toupper(c));
    }
    CHECK(EOF == -1);
}

TEST_CASE("ctype: bytes 128-255 are in no class and keep their value") {
    for (int c = 128; c <= 255; ++c) {
        CHECK_FALSE(vrt::is_print(c));
        CHECK_FALSE(vrt::is_cntrl(c));
        CHECK(vrt::to_upper(c) == c);
    }
}

// expect-signal: 6
// expect-stderr: assert_failure: tests/integration/assert_failure.c:25: main: Assertion `argc == 42' failed.
// A failed assert prints glibc's line (program short name, file, line, function, expression)
// on standard error and aborts; under NDEBUG, re-including <assert.h> turns assert off, and
// including it again without NDEBUG turns it back on. Nothing after the failure runs.
#define NDEBUG
#include <assert.h>

#include "self_check.h"

static int evaluated;

int main(int argc, char **argv) {
    (void)argv;
    assert(++evaluated == 99);  // NDEBUG: neither checked nor evaluated
    check_equal(evaluated, 0, "under NDEBUG, assert does not evaluate its expression");

#undef NDEBUG
#include <assert.h>
    static_assert(sizeof(int) >= 2, "C11 static_assert comes with <assert.h>");
    assert(argc == 1);
    check(1, "an assertion that holds returns");
    out("about to fail\n");
    // The expect-stderr line above names this line's number.
    assert(argc == 42);
    out("FAIL the program went on after a failed assertion\n");
    return 0;
}

// GNU's basename from <string.h> (tini and other programs written for glibc call it with
// _GNU_SOURCE and no <libgen.h>): the part after the last '/', "" after a trailing one, and
// the path itself is never written.
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>

static int failures;

static void expect(const char *path, const char *want) {
    char copy[64];
    strcpy(copy, path);
    const char *got = basename(copy);
    if (strcmp(got, want) != 0) {
        printf("FAIL basename(\"%s\") is \"%s\", expected \"%s\"\n", path, got, want);
        ++failures;
    }
    if (strcmp(copy, path) != 0) {
        printf("FAIL basename(\"%s\") wrote into the path\n", path);
        ++failures;
    }
}

int main(void) {
    expect("/usr/lib", "lib");
    expect("/usr/lib/", "");
    expect("name", "name");
    expect("/", "");
    expect("", "");
    expect("a//b", "b");
    return failures != 0;
}

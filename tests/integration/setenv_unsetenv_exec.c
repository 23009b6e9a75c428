// env: KEEP=kept GONE=soon REPLACED=old
// setenv and unsetenv on the environment the kernel gave: getenv sees each change, bad names
// fail with EINVAL and change nothing, the initial stack's strings are never written, and an
// exec'd child (this program again) receives exactly the changed environment through environ.
#include <stdlib.h>
#include <string.h>
#include <vrt/wait.h>

#include "self_check.h"

extern char **environ;

static int child_main(void) {
    const char *keep = getenv("KEEP"), *replaced = getenv("REPLACED"), *added = getenv("ADDED");
    int ok = keep && strcmp(keep, "kept") == 0 && replaced && strcmp(replaced, "new") == 0 && added &&
             strcmp(added, "1") == 0 && !getenv("GONE");
    return ok ? 42 : 1;
}

int main(int argc, char **argv) {
    if (argc > 1 && strcmp(argv[1], "child") == 0) return child_main();

    char *initial_replaced = getenv("REPLACED");
    check_strings(initial_replaced, "old", "REPLACED from the initial environment");
    check_equal(setenv("REPLACED", "ignored", 0), 0, "setenv without overwrite succeeds");
    check_strings(getenv("REPLACED"), "old", "and leaves the value");
    check_equal(setenv("REPLACED", "new", 1), 0, "setenv with overwrite");
    check_strings(getenv("REPLACED"), "new", "getenv sees the new value");
    check_strings(initial_replaced, "old", "the initial string on the stack is unchanged");
    check_equal(setenv("ADDED", "1", 0), 0, "setenv of a new name");
    check_strings(getenv("ADDED"), "1", "getenv sees the new name");
    check_equal(unsetenv("GONE"), 0, "unsetenv");
    check(getenv("GONE") == 0, "getenv no longer finds it");
    check_equal(unsetenv("NEVER_SET"), 0, "unsetenv of an absent name succeeds");

    check_fails_with(setenv("", "x", 1), EINVAL, "setenv of an empty name");
    check_fails_with(setenv("A=B", "x", 1), EINVAL, "setenv of a name with '='");
    check_fails_with(setenv(0, "x", 1), EINVAL, "setenv of a NULL name");
    check_fails_with(unsetenv("A=B"), EINVAL, "unsetenv of a name with '='");
    check_fails_with(unsetenv(""), EINVAL, "unsetenv of an empty name");
    check(getenv("A") == 0, "nothing named A appeared");

    for (int i = 0; i < 200; ++i) setenv("CHURN", i % 2 ? "odd" : "even", 1);
    check_strings(getenv("CHURN"), "odd", "200 replacements leave the last value");
    unsetenv("CHURN");

    char self[4096];
    long n = readlink("/proc/self/exe", self, sizeof self - 1);
    check(n > 0, "readlink /proc/self/exe");
    self[n > 0 ? n : 0] = '\0';
    pid_t pid = fork();
    if (pid == 0) {
        char *args[] = {self, (char *)"child", 0};
        execve(self, args, environ);
        _exit(100 + errno);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    if (under_qemu_user() && WIFEXITED(status) && WEXITSTATUS(status) == 100 + ENOEXEC)
        skip("execve of a foreign-arch program under qemu-user without binfmt_misc");
    else
        check_equal(WIFEXITED(status) ? WEXITSTATUS(status) : -1, 42, "the exec'd child sees the changes");
    return check_result();
}

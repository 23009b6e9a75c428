// execve of a second program (this one, re-run with other arguments and environment), the list
// forms execl, execle and execlp, and execvp's PATH search: it passes over missing directories
// and files it may not run, honours an empty entry as the current directory, does not search
// names with a '/', fails with EACCES or ENOENT as glibc does, and runs a file in no executable
// format (a script without "#!") with /bin/sh, as POSIX's execvp(3p) says and glibc does (musl
// does not: it fails with ENOEXEC).
#include <unistd.h>
#include <vrt/fcntl.h>
#include <vrt/stat.h>
#include <vrt/stdio.h>
#include <vrt/stdlib.h>
#include <vrt/wait.h>

#include "self_check.h"

enum { ran_as_child = 42 };

static char self[4096], dir[256], a[300], b[300], c[300], path_env[1024];

// As the re-executed program: exit 42 only if the arguments and environment came through.
static int child_main(int argc, char **argv) {
    const char *mark = getenv("VRT_EXEC_MARK");
    return argc == 3 && strcmp(argv[2], "second") == 0 && mark && strcmp(mark, "yes") == 0 ? ran_as_child : 1;
}

// Runs `how` in a child; returns its exit status, or 100 + errno when the exec failed.
static int in_child(int how, const char *file) {
    char *args[] = {(char *)file, (char *)"child", (char *)"second", 0};
    char *env[] = {(char *)"VRT_EXEC_MARK=yes", path_env, 0};
    pid_t pid = fork();
    if (pid == 0) {
        if (how == 0) execve(file, args, env);
        if (how == 1) {
            environ = env;
            execvp(file, args);
        }
        if (how == 2) {  // PATH from the caller's environment, the program's from envp
            char *callers[] = {path_env, 0}, *programs[] = {(char *)"VRT_EXEC_MARK=yes", 0};
            environ = callers;
            execvpe(file, args, programs);
        }
        if (how == 3) {
            environ = env;
            execl(file, file, "child", "second", (char *)0);
        }
        if (how == 4) {
            environ = env;
            execlp(file, file, "child", "second", (char *)0);
        }
        if (how == 5) execle(file, file, "child", "second", (char *)0, env);
        _exit(100 + errno);
    }
    int status = -1;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

static void write_file(const char *path, const char *text, mode_t mode) {
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, mode);
    write(fd, text, strlen(text));
    close(fd);
}

int main(int argc, char **argv) {
    if (argc > 1 && strcmp(argv[1], "child") == 0) return child_main(argc, argv);

    long n = readlink("/proc/self/exe", self, sizeof self - 1);
    check(n > 0, "readlink /proc/self/exe");
    self[n > 0 ? n : 0] = '\0';
    int first = in_child(0, self);
    check_fails_with(execve("/nonexistent/program", argv, environ), ENOENT, "execve of a missing file fails with ENOENT");
    // qemu-user runs this program for a foreign arch; the host kernel can exec it again only
    // through binfmt_misc, which the test machine need not have. The real-kernel tier covers it.
    if (under_qemu_user() && first == 100 + ENOEXEC) {
        skip("execve of a foreign-arch program under qemu-user without binfmt_misc");
        return check_result();
    }
    check_equal(first, ran_as_child, "execve runs a program with the given argv and envp");
    check_equal(in_child(3, self), ran_as_child, "execl runs a program with the list of arguments and environ");
    check_equal(in_child(5, self), ran_as_child, "execle passes the environment that follows the list's null pointer");
    check_equal(in_child(3, "/nonexistent/program"), 100 + ENOENT, "execl of a missing file fails with ENOENT");

    snprintf(dir, sizeof dir, "/tmp/vrt-execvp-%d", getpid());
    snprintf(a, sizeof a, "%s/a", dir);
    snprintf(b, sizeof b, "%s/b", dir);
    snprintf(c, sizeof c, "%s/c", dir);
    mkdir(dir, 0755);
    mkdir(a, 0755);
    mkdir(b, 0755);
    mkdir(c, 0755);
    char a_probe[320], b_probe[320], c_probe[320], c_script[320], script[600];
    snprintf(a_probe, sizeof a_probe, "%s/probe", a);
    snprintf(b_probe, sizeof b_probe, "%s/probe", b);
    snprintf(c_probe, sizeof c_probe, "%s/probe", c);
    snprintf(c_script, sizeof c_script, "%s/script", c);
    write_file(a_probe, "not executable\n", 0644);
    check_equal(symlink(self, b_probe), 0, "symlink the program into the second directory");
    // No "#!" line: the kernel answers ENOEXEC. Run by /bin/sh, $0 is the path execvp found.
    snprintf(script, sizeof script,
             "[ \"$0\" = %s ] && [ \"$1\" = child ] && [ \"$2\" = second ] && [ \"$VRT_EXEC_MARK\" = yes ] && exit %d\nexit 1\n",
             c_script, ran_as_child);
    write_file(c_script, script, 0755);

    snprintf(path_env, sizeof path_env, "PATH=/nonexistent:%s:%s", a, b);
    check_equal(in_child(1, "probe"), ran_as_child, "execvp passes over a missing directory and a non-executable file");
    check_equal(in_child(2, "probe"), ran_as_child, "execvpe searches the caller's PATH and passes the given envp");
    check_equal(in_child(4, "probe"), ran_as_child, "execlp searches PATH as execvp does");
    snprintf(path_env, sizeof path_env, "PATH=/nonexistent:%s", a);
    check_equal(in_child(1, "probe"), 100 + EACCES, "execvp fails with EACCES when the only match may not run");
    snprintf(path_env, sizeof path_env, "PATH=/nonexistent:%s", b);
    check_equal(in_child(1, "vrt-no-such-program"), 100 + ENOENT, "execvp fails with ENOENT when nothing matches");
    check_equal(in_child(1, ""), 100 + ENOENT, "execvp of an empty name fails with ENOENT");
    snprintf(path_env, sizeof path_env, "PATH=%s", c);
    if (access("/bin/sh", X_OK) != 0) {
        skip("execvp of a script without \"#!\": this system has no /bin/sh to run it");
    } else {
        check_equal(in_child(1, "script"), ran_as_child, "execvp runs a script without \"#!\" with /bin/sh, arguments and environment passed");
        check_equal(in_child(1, c_script), ran_as_child, "execvp of a path to a script without \"#!\" runs it with /bin/sh too");
    }
    check_fails_with(execve(c_script, argv, environ), ENOEXEC, "execve itself does not fall back to /bin/sh");

    check_equal(chdir(b), 0, "chdir into the second directory");
    snprintf(path_env, sizeof path_env, "PATH=/nonexistent:");
    check_equal(in_child(1, "probe"), ran_as_child, "an empty PATH entry is the current directory");
    snprintf(path_env, sizeof path_env, "PATH=%s", a);
    check_equal(in_child(1, "./probe"), ran_as_child, "a name with a '/' is run as it is, not searched");
    check_equal(chdir("/"), 0, "chdir back to /");

    unlink(a_probe);
    unlink(b_probe);
    unlink(c_script);
    rmdir(a);
    rmdir(b);
    rmdir(c);
    check_equal(rmdir(dir), 0, "the temporary tree is removed");
    return check_result();
}

// execve(2), and the exec* functions of libc that build on it: execv passes environ, execvp and
// execvpe search PATH for a name without a '/' and hand a file the kernel cannot run to /bin/sh.
#include <asm/errno.h>

#include "libc/errno/c_result.h"
#include "sys/kernel.h"
#include "sys/c_strings.h"

extern "C" {
extern char **environ;
char *getenv(const char *name);
}

namespace {

// musl's default; glibc's is "/bin:/usr/bin".
constexpr const char default_path[] = "/usr/local/bin:/bin:/usr/bin";
constexpr size_t path_max = 4096;  // PATH_MAX (include/uapi/linux/limits.h), NUL included
constexpr size_t name_max = 255;   // NAME_MAX
constexpr const char shell[] = "/bin/sh";  // _PATH_BSHELL

bool has_slash(const char *s) {
    for (; *s; ++s)
        if (*s == '/') return true;
    return false;
}

// An executable file the kernel cannot run (ENOEXEC: no "#!" line and no binary format) is
// given to the shell, as POSIX asks of execvp ("as standard input to a command interpreter",
// execvp(3p)) and glibc does (posix/execvpe.c): /bin/sh gets the file's path, then argv[1...].
// The new argv is on the stack, not the heap: a vfork child may call execvp.
long exec_as_script(const char *path, char *const argv[], char *const envp[]) {
    size_t count = 0;
    while (argv[count]) ++count;
    // The kernel refuses far fewer (fs/exec.c: the strings and their pointers must fit in a
    // quarter of the stack limit); this bound only keeps the copy's stack use to 2 MiB.
    if (count > (size_t{1} << 18)) return -E2BIG;
    size_t rest = count > 1 ? count - 1 : 0;
    auto shell_argv = static_cast<char **>(__builtin_alloca((rest + 3) * sizeof(char *)));
    shell_argv[0] = const_cast<char *>(shell);
    shell_argv[1] = const_cast<char *>(path);
    for (size_t i = 0; i < rest; ++i) shell_argv[2 + i] = argv[1 + i];
    shell_argv[2 + rest] = nullptr;
    return vrt::kernel::execve(shell, shell_argv, envp);
}

// execve, then the shell for a file in no executable format; returns only on failure (the
// shell's error when it was tried, as glibc's errno is).
long exec_or_script(const char *path, char *const argv[], char *const envp[]) {
    long r = vrt::kernel::execve(path, argv, envp);
    return r == -ENOEXEC ? exec_as_script(path, argv, envp) : r;
}

// Tries `file` in each directory of `search` in turn; returns only when none could run it.
long search_and_exec(const char *file, const char *search, char *const argv[], char *const envp[]) {
    size_t file_length = vrt::string_length(file);
    if (file_length > name_max) return -ENAMETOOLONG;
    char candidate[path_max];
    bool refused = false;
    for (const char *dir = search;;) {
        const char *end = dir;
        while (*end && *end != ':') ++end;
        size_t dir_length = static_cast<size_t>(end - dir);
        if (dir_length + 1 + file_length < path_max) {
            char *p = candidate;
            for (const char *d = dir; d < end; ++d) *p++ = *d;
            if (dir_length) *p++ = '/';
            for (size_t i = 0; i <= file_length; ++i) *p++ = file[i];
            long r = exec_or_script(candidate, argv, envp);
            // Passed over, as POSIX shells and glibc do: the file is not in this directory, the
            // directory is not one, or this copy may not be run. Anything else is final.
            if (r == -EACCES) refused = true;
            else if (r != -ENOENT && r != -ENOTDIR && r != -ENAMETOOLONG) return r;
        }
        if (!*end) break;
        dir = end + 1;
    }
    return refused ? -EACCES : -ENOENT;
}

}  // namespace

extern "C" {

int execve(const char *path, char *const argv[], char *const envp[]) {
    return vrt::c_result(vrt::kernel::execve(path, argv, envp));
}

int execv(const char *path, char *const argv[]) { return execve(path, argv, environ); }

int execvpe(const char *file, char *const argv[], char *const envp[]) {
    if (!*file) return vrt::fail_with(ENOENT);
    if (has_slash(file)) return vrt::c_result(exec_or_script(file, argv, envp));
    const char *search = getenv("PATH");
    return vrt::c_result(search_and_exec(file, search ? search : default_path, argv, envp));
}

int execvp(const char *file, char *const argv[]) { return execvpe(file, argv, environ); }

}

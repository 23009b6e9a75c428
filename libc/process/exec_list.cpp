// execl, execlp and execle (exec(3)): the arguments come as a list ended by a null pointer
// (execle's environment follows it); they are gathered into an array on the stack, not the
// heap, so that a vfork child may call these as it may call execv, and handed to execve or
// execvp, which set errno.
#include <stdarg.h>
#include <stddef.h>

extern "C" {
extern char **environ;
int execve(const char *path, char *const argv[], char *const envp[]);
int execvp(const char *file, char *const argv[]);
}

namespace {

enum class ListExec {
    path,            // execl: execve with environ
    search,          // execlp: execvp
    path_with_envp,  // execle: execve with the environment after the list
};

// The list from `first` to its null pointer, in an array in this frame (alloca: it must live
// until the exec), then the exec `kind` names. `list` is read twice: a copy counts, then the
// array is filled, and execle's environment is the argument after the null pointer.
int exec_list(ListExec kind, const char *target, const char *first, va_list list) {
    va_list counting;
    va_copy(counting, list);
    size_t n = 1;
    for (const char *arg = first; arg != nullptr; arg = va_arg(counting, const char *)) ++n;
    va_end(counting);
    auto argv = static_cast<char **>(__builtin_alloca(n * sizeof(char *)));
    size_t i = 0;
    for (const char *arg = first; arg != nullptr; arg = va_arg(list, const char *))
        argv[i++] = const_cast<char *>(arg);
    argv[i] = nullptr;
    switch (kind) {
        case ListExec::path: return execve(target, argv, environ);
        case ListExec::search: return execvp(target, argv);
        case ListExec::path_with_envp: return execve(target, argv, va_arg(list, char *const *));
    }
    return -1;
}

}  // namespace

extern "C" {

int execl(const char *path, const char *arg, ...) {
    va_list list;
    va_start(list, arg);
    int result = exec_list(ListExec::path, path, arg, list);
    va_end(list);
    return result;
}

int execlp(const char *file, const char *arg, ...) {
    va_list list;
    va_start(list, arg);
    int result = exec_list(ListExec::search, file, arg, list);
    va_end(list);
    return result;
}

int execle(const char *path, const char *arg, ...) {
    va_list list;
    va_start(list, arg);
    int result = exec_list(ListExec::path_with_envp, path, arg, list);
    va_end(list);
    return result;
}

}

// execl, execlp and execle (exec(3)): the arguments come as a list ended by a null pointer
// (execle's environment follows it); they are gathered into an array on the stack, not the
// heap, so that a vfork child may call these as it may call execv, and handed to execv, execvp
// and execve, which set errno.
#include <stdarg.h>
#include <stddef.h>

extern "C" {
extern char **environ;
int execve(const char *path, char *const argv[], char *const envp[]);
int execvp(const char *file, char *const argv[]);
}

namespace {

// The number of pointers from `first` up to and including the null one that ends the list.
size_t list_length(const char *first, va_list list) {
    size_t n = 1;
    for (const char *arg = first; arg != nullptr; arg = va_arg(list, const char *)) ++n;
    return n;
}

// Copies `first` and what follows it, the null pointer included, into argv; leaves `list` just
// after that null pointer (where execle's environment is).
void gather(char **argv, const char *first, va_list list) {
    size_t i = 0;
    for (const char *arg = first; arg != nullptr; arg = va_arg(list, const char *))
        argv[i++] = const_cast<char *>(arg);
    argv[i] = nullptr;
}

}  // namespace

// Each function reads its list twice (va_start again): once to size the array, once to fill it.
// The array must live in the caller's frame until the exec, hence the alloca there.
extern "C" {

int execl(const char *path, const char *arg, ...) {
    va_list list;
    va_start(list, arg);
    size_t n = list_length(arg, list);
    va_end(list);
    auto argv = static_cast<char **>(__builtin_alloca(n * sizeof(char *)));
    va_start(list, arg);
    gather(argv, arg, list);
    va_end(list);
    return execve(path, argv, environ);
}

int execlp(const char *file, const char *arg, ...) {
    va_list list;
    va_start(list, arg);
    size_t n = list_length(arg, list);
    va_end(list);
    auto argv = static_cast<char **>(__builtin_alloca(n * sizeof(char *)));
    va_start(list, arg);
    gather(argv, arg, list);
    va_end(list);
    return execvp(file, argv);
}

int execle(const char *path, const char *arg, ...) {
    va_list list;
    va_start(list, arg);
    size_t n = list_length(arg, list);
    va_end(list);
    auto argv = static_cast<char **>(__builtin_alloca(n * sizeof(char *)));
    va_start(list, arg);
    gather(argv, arg, list);
    auto envp = va_arg(list, char *const *);
    va_end(list);
    return execve(path, argv, envp);
}

}

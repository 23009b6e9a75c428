// expect-stdout: constructor(101)
// expect-stdout: constructor(102)
// expect-stdout: construct global a
// expect-stdout: construct global b
// expect-stdout: main starts
// expect-stdout: construct local static
// expect-stdout: construct thread_local
// expect-stdout: main returns
// expect-stdout: destroy thread_local
// expect-stdout: __cxa_atexit handler with its argument
// expect-stdout: atexit handler
// expect-stdout: handler registered during exit
// expect-stdout: destroy local static
// expect-stdout: destroy global b
// expect-stdout: destroy global a
// expect-stdout: atexit handler from constructor(102)
// expect-stdout: destructor(102)
// expect-stdout: destructor(101)
//
// The C++ life cycle of a static program, in the order C++ ([basic.start], [basic.start.term])
// and the ELF init/fini arrays require, checked as the lines printed up to the last moment
// before the kernel ends the process:
// - before main: .init_array by priority (constructor(N) first), then the globals in order;
// - a function-local static is built on its first use only, a thread_local on its first use;
// - at exit, newest first: every atexit and __cxa_atexit handler and every static or
//   thread_local destructor, in reverse order of registration (construction), including a
//   handler registered by a handler while exit runs; then .fini_array (destructor(N), the
//   opposite order of the constructors).
#include <vrt/stdlib.h>

#include "self_check.h"

extern "C" int __cxa_atexit(void (*function)(void *), void *argument, void *dso);
extern "C" void *__dso_handle;

namespace {

struct Noisy {
    const char *name;
    explicit Noisy(const char *n) : name(n) {
        out("construct ");
        out(name);
        out("\n");
    }
    ~Noisy() {
        out("destroy ");
        out(name);
        out("\n");
    }
};

Noisy global_a("global a");
Noisy global_b("global b");
thread_local Noisy per_thread("thread_local");

int local_static_constructions;

Noisy &local_static() {
    static Noisy object((++local_static_constructions, "local static"));
    return object;
}

void handler_registered_during_exit() { out("handler registered during exit\n"); }
void plain_handler() {
    out("atexit handler\n");
    atexit(handler_registered_during_exit);
}
void handler_with_argument(void *argument) {
    out(static_cast<const char *>(argument));
    out("\n");
}
void handler_from_constructor() { out("atexit handler from constructor(102)\n"); }

__attribute__((constructor(101))) void constructor_101() { out("constructor(101)\n"); }
__attribute__((constructor(102))) void constructor_102() {
    out("constructor(102)\n");
    atexit(handler_from_constructor);
}
__attribute__((destructor(101))) void destructor_101() { out("destructor(101)\n"); }
__attribute__((destructor(102))) void destructor_102() { out("destructor(102)\n"); }

}  // namespace

int main() {
    out("main starts\n");
    check(local_static_constructions == 0, "a function-local static is not built before its first use");
    Noisy &first = local_static();
    Noisy &second = local_static();
    check(local_static_constructions == 1, "a function-local static is built once");
    check(&first == &second, "every call returns the same object");
    check(atexit(plain_handler) == 0, "atexit registers");
    static char argument[] = "__cxa_atexit handler with its argument";
    check(__cxa_atexit(handler_with_argument, argument, &__dso_handle) == 0, "__cxa_atexit registers");
    check(per_thread.name != nullptr, "the thread_local object is built on first use");
    out("main returns\n");
    return check_result();
}
